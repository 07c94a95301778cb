namespace EksProvisioner.Aws.Eks;

/// <summary>The EKS <c>UpdateTaintsPayload</c> shape (botocore model eks 2017-11-01).</summary>
public sealed record UpdateTaintsPayload
{
    public IReadOnlyList<Taint>? AddOrUpdateTaints { get; init; }

    public IReadOnlyList<Taint>? RemoveTaints { get; init; }
}
