using System.Text;
using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;

namespace EksProvisioner.Aws.Eks;

/// <summary>
/// The bearer token EKS accepts for its Kubernetes API, as <c>aws eks get-token</c> makes it: an STS
/// GetCallerIdentity URL presigned (SigV4, query string) with the cluster's name in the signed header
/// <c>x-k8s-aws-id</c>, base64url without padding, after <c>k8s-aws-v1.</c>.
/// </summary>
public static class EksToken
{
    /// <summary>How long the presigned URL is valid; EKS takes 60 s, what the aws CLI signs.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(60);

    public static async Task<string> CreateAsync(
        string clusterName, string region, AWSCredentials credentials, DateTimeOffset? signedAt, CancellationToken cancellationToken)
    {
        var request = new AWSSigningRequest
        {
            HttpMethod = HttpMethod.Get,
            RequestUri = new Uri($"https://sts.{region}.amazonaws.com/?Action=GetCallerIdentity&Version=2011-06-15"),
        };
        request.Headers["x-k8s-aws-id"] = clusterName;
        var parameters = new AWSSigV4Parameters
        {
            Credentials = credentials,
            Region = RegionEndpoint.GetBySystemName(region),
            Service = "sts",
        };
        if (signedAt is { } at)
        {
            parameters.SignedAt = at.UtcDateTime;
        }

        var presigned = await AWSSigV4Signer.PresignAsync(request, parameters, Lifetime, cancellationToken);
        return "k8s-aws-v1." + Convert.ToBase64String(Encoding.UTF8.GetBytes(presigned.Uri.AbsoluteUri))
            .TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }
}
