namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Oidc</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Oidc
{
    public string? Issuer { get; init; }
}
