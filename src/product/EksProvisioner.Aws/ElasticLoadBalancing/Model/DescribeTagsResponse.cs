namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The output of ELBv2 DescribeTags (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeTagsResponse
{
    public IReadOnlyList<TagDescription>? TagDescriptions { get; init; }
}
