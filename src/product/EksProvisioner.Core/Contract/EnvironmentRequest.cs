namespace EksProvisioner.Core.Contract;

/// <summary>
/// A fully defaulted environment request: the document every trigger turns into, that is stored,
/// and that the state machine passes to every stage. At an edge obtain one only from
/// <see cref="EnvironmentRequests"/>, which validates and fills every default; stages read the one
/// ValidateRequest wrote as plain data, without validating it again.
/// </summary>
/// <param name="Name">Environment name; every resource name derives from it (see <see cref="EksProvisioner.Core.Naming.ResourceNames"/>).</param>
/// <param name="Region">AWS Region, such as us-east-1.</param>
/// <param name="KubernetesVersion">One of <see cref="KubernetesVersions.Supported"/>.</param>
/// <param name="TtlHours">Hours until the environment expires, or null for no expiry.</param>
/// <param name="Owner">Who asked for it (tagged as eksprov:owner when given).</param>
/// <param name="Tags">User tags applied to every resource next to the ownership tags.</param>
public sealed record EnvironmentRequest(
    string Name,
    string Region,
    string KubernetesVersion,
    NetworkSpec Network,
    ClusterSpec Cluster,
    IReadOnlyList<NodeGroupSpec> NodeGroups,
    IReadOnlyList<FargateProfileSpec> FargateProfiles,
    IReadOnlyList<AddonSpec> Addons,
    AccessSpec Access,
    int? TtlHours,
    string? Owner,
    TicketSpec? Ticket,
    IReadOnlyDictionary<string, string> Tags);
