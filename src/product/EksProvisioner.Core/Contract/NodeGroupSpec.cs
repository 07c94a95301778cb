namespace EksProvisioner.Core.Contract;

/// <summary>An EKS managed node group.</summary>
/// <param name="Name">Node group name, unique in the request.</param>
/// <param name="InstanceTypes">EC2 instance types (family.size); the first one is used for cost estimates.</param>
/// <param name="DiskSizeGiB">Root volume size in GiB.</param>
/// <param name="AmiType">One of <see cref="AmiTypes.Supported"/>.</param>
/// <param name="Labels">Kubernetes node labels.</param>
/// <param name="Taints">Kubernetes node taints.</param>
public sealed record NodeGroupSpec(
    string Name,
    IReadOnlyList<string> InstanceTypes,
    CapacityType CapacityType,
    int MinSize,
    int DesiredSize,
    int MaxSize,
    int DiskSizeGiB,
    string AmiType,
    IReadOnlyDictionary<string, string> Labels,
    IReadOnlyList<TaintSpec> Taints);
