namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>
/// The service and region of a request, read from the SigV4 credential scope
/// (<c>Credential=AKID/date/region/service/aws4_request</c>) as AWS front ends route. Signatures are
/// not checked: the simulator trusts its loopback callers, like moto.
/// </summary>
internal sealed record CredentialScope(string AccessKeyId, string Region, string Service)
{
    public static CredentialScope? FromAuthorization(string? authorization)
    {
        if (string.IsNullOrEmpty(authorization))
        {
            return null;
        }

        var start = authorization.IndexOf("Credential=", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        start += "Credential=".Length;
        var end = authorization.IndexOfAny([',', ' '], start);
        var credential = end < 0 ? authorization[start..] : authorization[start..end];
        var parts = credential.Split('/');
        return parts.Length >= 5 ? new CredentialScope(parts[0], parts[2], parts[3]) : null;
    }
}
