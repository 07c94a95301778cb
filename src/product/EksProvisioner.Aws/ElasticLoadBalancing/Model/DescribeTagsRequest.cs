namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 DescribeTags (botocore model elbv2 2015-12-01).</summary>
public sealed record DescribeTagsRequest
{
    public IReadOnlyList<string>? ResourceArns { get; init; }
}
