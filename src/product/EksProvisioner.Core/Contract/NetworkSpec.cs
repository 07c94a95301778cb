using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The VPC: one public and one private subnet per availability zone. Subnet i of each list lives in
/// zone i (explicit <see cref="AvailabilityZones"/>, or the zones <see cref="EksProvisioner.Core.Network.ZoneChooser"/> picks).
/// </summary>
/// <param name="VpcCidr">IPv4 CIDR of the VPC, /16 to /28.</param>
/// <param name="AvailabilityZoneCount">2 or 3.</param>
/// <param name="AvailabilityZones">Explicit zone names, or null to let the network stage choose.</param>
/// <param name="PublicSubnetPrefixLength">Prefix length used to carve public subnets.</param>
/// <param name="PrivateSubnetPrefixLength">Prefix length used to carve private subnets.</param>
/// <param name="PublicSubnetCidrs">One CIDR per zone, explicit or carved.</param>
/// <param name="PrivateSubnetCidrs">One CIDR per zone, explicit or carved.</param>
public sealed record NetworkSpec(
    string VpcCidr,
    int AvailabilityZoneCount,
    IReadOnlyList<string>? AvailabilityZones,
    NatGatewayMode NatGateways,
    int PublicSubnetPrefixLength,
    int PrivateSubnetPrefixLength,
    IReadOnlyList<string> PublicSubnetCidrs,
    IReadOnlyList<string> PrivateSubnetCidrs)
{
    /// <summary>How many NAT gateways (and Elastic IPs) the network has.</summary>
    [JsonIgnore]
    public int NatGatewayCount => NatGateways switch
    {
        NatGatewayMode.Single => 1,
        NatGatewayMode.PerAz => AvailabilityZoneCount,
        _ => 0,
    };

    /// <summary>
    /// Whether nodes go to the public subnets: with no NAT gateway the private subnets have no route
    /// out, so (like eksctl) node groups use the public subnets instead.
    /// </summary>
    [JsonIgnore]
    public bool NodesInPublicSubnets => NatGateways == NatGatewayMode.None;
}
