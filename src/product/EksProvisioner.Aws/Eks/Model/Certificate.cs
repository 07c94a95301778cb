namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Certificate</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Certificate
{
    public string? Data { get; init; }
}
