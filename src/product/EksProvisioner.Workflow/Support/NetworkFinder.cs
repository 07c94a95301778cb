using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// Finds an environment's EC2 resources by their tags (<c>eksprov:environment</c> and, for one
/// resource, its deterministic <c>Name</c>). This is how a re-run stage finds what an earlier attempt
/// made, and how teardown finds what a crashed step never reported (with its scope's filters,
/// <see cref="TeardownScope.Ec2Filters"/>).
/// </summary>
internal static class NetworkFinder
{
    public static Task<List<Vpc>> VpcsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        VpcsAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<Vpc>> VpcsAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeVpcsAsync(new DescribeVpcsRequest { Filters = filters }, ct)).Vpcs ?? [];

    public static Task<List<Subnet>> SubnetsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        SubnetsAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<Subnet>> SubnetsAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeSubnetsAsync(new DescribeSubnetsRequest { Filters = filters }, ct)).Subnets ?? [];

    public static Task<List<InternetGateway>> InternetGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        InternetGatewaysAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<InternetGateway>> InternetGatewaysAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeInternetGatewaysAsync(new DescribeInternetGatewaysRequest { Filters = filters }, ct)).InternetGateways ?? [];

    public static Task<List<RouteTable>> RouteTablesAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        RouteTablesAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<RouteTable>> RouteTablesAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeRouteTablesAsync(new DescribeRouteTablesRequest { Filters = filters }, ct)).RouteTables ?? [];

    public static Task<List<SecurityGroup>> SecurityGroupsAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        SecurityGroupsAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<SecurityGroup>> SecurityGroupsAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeSecurityGroupsAsync(new DescribeSecurityGroupsRequest { Filters = filters }, ct)).SecurityGroups ?? [];

    public static Task<List<Address>> AddressesAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        AddressesAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<Address>> AddressesAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeAddressesAsync(new DescribeAddressesRequest { Filters = filters }, ct)).Addresses ?? [];

    /// <summary>NAT gateways of the environment that are not deleted or deleting (those cannot be used or deleted again).</summary>
    public static Task<List<NatGateway>> LiveNatGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        LiveNatGatewaysAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    /// <summary>NAT gateways matching <paramref name="filters"/> that are not deleted or failed.</summary>
    public static async Task<List<NatGateway>> LiveNatGatewaysAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await NatGatewaysAsync(ec2, filters, ct)).Where(n => n.State != Amazon.EC2.NatGatewayState.Deleted && n.State != Amazon.EC2.NatGatewayState.Failed).ToList();

    public static Task<List<NatGateway>> NatGatewaysAsync(IEc2Client ec2, string environment, string? name, CancellationToken ct) =>
        NatGatewaysAsync(ec2, Ec2Tags.Owned(environment, name), ct);

    public static async Task<List<NatGateway>> NatGatewaysAsync(IEc2Client ec2, List<Filter> filters, CancellationToken ct) =>
        (await ec2.DescribeNatGatewaysAsync(new DescribeNatGatewaysRequest { Filter = filters }, ct)).NatGateways ?? [];

    /// <summary>Network interfaces in <paramref name="vpcId"/> (EKS's and load balancers' carry no tag of ours).</summary>
    public static async Task<List<NetworkInterface>> NetworkInterfacesInVpcAsync(IEc2Client ec2, string vpcId, CancellationToken ct) =>
        (await ec2.DescribeNetworkInterfacesAsync(
            new DescribeNetworkInterfacesRequest { Filters = [new Filter("vpc-id", [vpcId])] }, ct)).NetworkInterfaces ?? [];
}
