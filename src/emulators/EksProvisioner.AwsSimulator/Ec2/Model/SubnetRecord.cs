namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class SubnetRecord : Ec2Record
{
    public required string VpcId { get; init; }

    public required string CidrBlock { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string AvailabilityZoneId { get; init; }

    public bool MapPublicIpOnLaunch { get; set; }

    /// <summary>The next host number handed to an interface; AWS reserves the first four addresses.</summary>
    public int NextHost { get; set; } = 4;
}
