using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Finds an environment's EC2 resources by their tags (<c>eksprov:environment</c> and, for one
/// resource, its deterministic <c>Name</c>). This is how a re-run stage finds what an earlier attempt
/// made, and how teardown finds what a crashed step never reported.
/// </summary>
internal static class NetworkFinder
{
    public static async Task<List<Vpc>> VpcsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).Vpcs ?? [];

    public static async Task<List<Subnet>> SubnetsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).Subnets ?? [];

    public static async Task<List<InternetGateway>> InternetGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeInternetGatewaysAsync(new DescribeInternetGatewaysRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).InternetGateways ?? [];

    public static async Task<List<RouteTable>> RouteTablesAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).RouteTables ?? [];

    public static async Task<List<SecurityGroup>> SecurityGroupsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).SecurityGroups ?? [];

    public static async Task<List<Address>> AddressesAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeAddressesAsync(new DescribeAddressesRequest { Filters = Ec2Tags.Owned(environment, name) }, ct)).Addresses ?? [];

    /// <summary>NAT gateways of the environment that are not deleted or deleting (those cannot be used or deleted again).</summary>
    public static async Task<List<NatGateway>> LiveNatGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await NatGatewaysAsync(ec2, environment, name, ct)).Where(n => n.State != Amazon.EC2.NatGatewayState.Deleted && n.State != Amazon.EC2.NatGatewayState.Failed).ToList();

    public static async Task<List<NatGateway>> NatGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        (await ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { Filter = Ec2Tags.Owned(environment, name) }, ct)).NatGateways ?? [];

    /// <summary>Network interfaces in <paramref name="vpcId"/> (EKS's and load balancers' carry no tag of ours).</summary>
    public static async Task<List<NetworkInterface>> NetworkInterfacesInVpcAsync(IEc2Client ec2, string vpcId, CancellationToken ct) =>
        (await ec2.DescribeNetworkInterfacesAsync(
            new DescribeNetworkInterfacesRequest { Filters = [new Filter("vpc-id", [vpcId])] }, ct)).NetworkInterfaces ?? [];
}
