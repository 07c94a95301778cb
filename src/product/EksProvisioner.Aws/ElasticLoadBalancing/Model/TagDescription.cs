namespace EksProvisioner.Aws.ElasticLoadBalancing;

/// <summary>The ELBv2 <c>TagDescription</c> shape (botocore model elbv2 2015-12-01).</summary>
public sealed record TagDescription
{
    public string? ResourceArn { get; init; }

    public IReadOnlyList<Tag>? Tags { get; init; }
}
