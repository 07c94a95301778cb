namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListNodegroups (botocore model eks 2017-11-01).</summary>
public sealed record ListNodegroupsResponse
{
    public IReadOnlyList<string>? Nodegroups { get; init; }

    public string? NextToken { get; init; }
}
