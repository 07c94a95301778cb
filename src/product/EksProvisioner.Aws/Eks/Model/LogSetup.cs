namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>LogSetup</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record LogSetup
{
    public IReadOnlyList<string>? Types { get; init; }

    public bool? Enabled { get; init; }
}
