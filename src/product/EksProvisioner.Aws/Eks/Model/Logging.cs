namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>Logging</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record Logging
{
    public IReadOnlyList<LogSetup>? ClusterLogging { get; init; }
}
