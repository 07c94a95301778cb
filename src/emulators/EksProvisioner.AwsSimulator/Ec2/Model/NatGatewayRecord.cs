namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class NatGatewayRecord : Ec2Record
{
    public required string VpcId { get; init; }

    public required string SubnetId { get; init; }

    public required string ConnectivityType { get; init; }

    public string? AllocationId { get; set; }

    public string? PublicIp { get; set; }

    public string? AssociationId { get; set; }

    public required string NetworkInterfaceId { get; init; }

    public required string PrivateIp { get; init; }

    /// <summary>pending, available, deleting, deleted or failed.</summary>
    public string State { get; set; } = "pending";

    public DateTimeOffset CreateTime { get; init; }

    /// <summary>When pending ends (available, or failed when <see cref="FailureCode"/> is set).</summary>
    public DateTimeOffset ReadyAt { get; init; }

    public DateTimeOffset? DeleteTime { get; set; }

    /// <summary>When deleting ends.</summary>
    public DateTimeOffset? DeletedAt { get; set; }

    public string? FailureCode { get; set; }

    public string? FailureMessage { get; set; }

    public string? ClientToken { get; init; }
}
