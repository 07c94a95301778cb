namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Identity</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Identity
{
    public Oidc? Oidc { get; init; }
}
