namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class RouteTableRecord : Ec2Record
{
    public required string VpcId { get; init; }

    /// <summary>True for the VPC's main route table, made with the VPC and deleted with it.</summary>
    public bool Main { get; init; }

    public string? MainAssociationId { get; init; }

    public List<RouteTableAssociation> Associations { get; init; } = [];

    public List<RouteRecord> Routes { get; init; } = [];
}

internal sealed record RouteTableAssociation(string AssociationId, string SubnetId);

/// <summary>A route; exactly one target is set (GatewayId "local" for the VPC's own range).</summary>
internal sealed record RouteRecord(string DestinationCidrBlock, string? GatewayId, string? NatGatewayId, string? NetworkInterfaceId, string Origin);
