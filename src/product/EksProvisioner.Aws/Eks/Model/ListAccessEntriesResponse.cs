namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListAccessEntries (botocore model eks 2017-11-01).</summary>
public sealed record ListAccessEntriesResponse
{
    public IReadOnlyList<string>? AccessEntries { get; init; }

    public string? NextToken { get; init; }
}
