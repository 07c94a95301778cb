namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The input of ELBv2 AddTags (botocore model elbv2 2015-12-01).</summary>
public sealed record AddTagsRequest
{
    public IReadOnlyList<string>? ResourceArns { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
