namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>UpdateLabelsPayload</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record UpdateLabelsPayload
{
    public IReadOnlyDictionary<string, string>? AddOrUpdateLabels { get; init; }

    public IReadOnlyList<string>? RemoveLabels { get; init; }
}
