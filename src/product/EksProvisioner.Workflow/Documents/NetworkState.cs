namespace EksProvisioner.Workflow.Documents;

/// <summary>
/// <c>$.resources.network</c>: every network resource id. Subnet, route table and NAT lists are in zone
/// order (index i is zone <see cref="Zones"/>[i]). CreateNetwork answers <c>done</c> = false while NAT
/// gateways are pending; CheckNetwork finishes the private routes and answers <c>done</c> = true.
/// </summary>
public sealed record NetworkState
{
    public required string VpcId { get; init; }

    public required IReadOnlyList<string> Zones { get; init; }

    public required IReadOnlyList<string> PublicSubnetIds { get; init; }

    public required IReadOnlyList<string> PrivateSubnetIds { get; init; }

    public required string InternetGatewayId { get; init; }

    public required string PublicRouteTableId { get; init; }

    public IReadOnlyList<string> PrivateRouteTableIds { get; init; } = [];

    public required string SecurityGroupId { get; init; }

    public required IReadOnlyList<string> AllocationIds { get; init; }

    public required IReadOnlyList<string> NatGatewayIds { get; init; }

    /// <summary>When this network's NAT gateways were first requested, for the wait budget when EC2 does not say.</summary>
    public required DateTimeOffset StartedAt { get; init; }

    public bool Done { get; init; }

    public int WaitSeconds { get; init; }
}
