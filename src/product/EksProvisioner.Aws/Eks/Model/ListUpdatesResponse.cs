namespace EksProvisioner.Aws.Eks;

/// <summary>The output of EKS ListUpdates (botocore model eks 2017-11-01).</summary>
public sealed record ListUpdatesResponse
{
    public IReadOnlyList<string>? UpdateIds { get; init; }

    public string? NextToken { get; init; }
}
