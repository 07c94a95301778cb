namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class NetworkInterfaceRecord : Ec2Record
{
    public required string VpcId { get; init; }

    public required string SubnetId { get; init; }

    public required string AvailabilityZone { get; init; }

    public required string PrivateIpAddress { get; init; }

    public required string MacAddress { get; init; }

    public string Description { get; init; } = string.Empty;

    /// <summary>interface, nat_gateway, ...</summary>
    public string InterfaceType { get; init; } = "interface";

    public bool RequesterManaged { get; init; }

    public string? RequesterId { get; init; }

    /// <summary>available or in-use.</summary>
    public string Status { get; set; } = "available";

    public List<string> GroupIds { get; init; } = [];

    /// <summary>True when AWS mapped a public IPv4 address to it (not an Elastic IP): an internet-facing load balancer's.</summary>
    public bool HasPublicAddress { get; set; }
}
