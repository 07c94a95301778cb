namespace EksProvisioner.Core.Contract;

/// <summary>The EKS control plane settings.</summary>
/// <param name="PublicAccessCidrs">CIDRs allowed to reach the public endpoint; empty when it is off.</param>
/// <param name="LogTypes">Control plane log types sent to CloudWatch, a subset of <see cref="ControlPlaneLogTypes.All"/>.</param>
public sealed record ClusterSpec(
    bool EndpointPublicAccess,
    bool EndpointPrivateAccess,
    IReadOnlyList<string> PublicAccessCidrs,
    IReadOnlyList<string> LogTypes,
    AuthenticationMode AuthenticationMode);
