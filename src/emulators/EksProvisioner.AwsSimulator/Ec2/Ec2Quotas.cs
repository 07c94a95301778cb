namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// EC2 service quotas of a new AWS account (the documented defaults), per region. Override them to
/// rehearse quota failures: each one, when exceeded, answers with the error code AWS uses.
/// </summary>
public sealed record Ec2Quotas
{
    /// <summary>VPCs per Region (AWS default 5; the default VPC counts against it in AWS, we have none). Code VpcLimitExceeded.</summary>
    public int VpcsPerRegion { get; init; } = 5;

    /// <summary>Elastic IP addresses per Region (AWS default 5). Code AddressLimitExceeded.</summary>
    public int ElasticIpsPerRegion { get; init; } = 5;

    /// <summary>NAT gateways per Availability Zone (AWS default 5), counting pending, available and deleting ones. Code NatGatewayLimitExceeded.</summary>
    public int NatGatewaysPerAvailabilityZone { get; init; } = 5;

    /// <summary>Internet gateways per Region (AWS default 5, tied to the VPC quota). Code InternetGatewayLimitExceeded.</summary>
    public int InternetGatewaysPerRegion { get; init; } = 5;

    /// <summary>The new-account defaults.</summary>
    public static Ec2Quotas Default { get; } = new();
}
