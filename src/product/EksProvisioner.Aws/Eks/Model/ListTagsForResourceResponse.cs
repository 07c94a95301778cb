namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListTagsForResource (botocore model eks 2017-11-01).</summary>
public sealed record ListTagsForResourceResponse
{
    public IReadOnlyDictionary<string, string>? Tags { get; init; }
}
