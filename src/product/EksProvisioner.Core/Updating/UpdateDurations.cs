using EksProvisioner.Core.Planning;

namespace EksProvisioner.Core.Updating;

/// <summary>
/// How long EKS takes for each kind of update (AWS documentation and field reports: a control plane
/// minor upgrade 8-15 minutes, a rolling node group upgrade some minutes per batch of nodes).
/// </summary>
internal static class UpdateDurations
{
    public static TimeSpan ControlPlaneStep { get; } = TimeSpan.FromMinutes(12);

    public static TimeSpan NodegroupRoll { get; } = TimeSpan.FromMinutes(8);

    public static TimeSpan NodegroupConfig { get; } = TimeSpan.FromSeconds(90);

    public static TimeSpan AddonUpdate { get; } = TimeSpan.FromSeconds(45);

    public static TimeSpan ClusterConfig { get; } = TimeSpan.FromMinutes(5);

    public static TimeSpan Tag { get; } = TimeSpan.FromSeconds(2);

    public static TimeSpan NodegroupDelete { get; } = TimeSpan.FromMinutes(5);

    public static TimeSpan Create(string type) => LatencyTable.For(type);
}
