namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListClusters (botocore model eks 2017-11-01).</summary>
public sealed record ListClustersResponse
{
    public IReadOnlyList<string>? Clusters { get; init; }

    public string? NextToken { get; init; }
}
