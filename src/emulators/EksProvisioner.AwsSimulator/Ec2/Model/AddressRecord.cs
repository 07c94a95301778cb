namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>An Elastic IP (domain vpc); the id is its allocation id.</summary>
internal sealed class AddressRecord : Ec2Record
{
    public required string PublicIp { get; init; }

    public string? AssociationId { get; set; }

    public string? NetworkInterfaceId { get; set; }

    public string? PrivateIpAddress { get; set; }
}
