namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class VpcRecord : Ec2Record
{
    public required string CidrBlock { get; init; }

    public required string CidrAssociationId { get; init; }

    public required string DhcpOptionsId { get; init; }

    public string InstanceTenancy { get; init; } = "default";

    public bool EnableDnsSupport { get; set; } = true;

    public bool EnableDnsHostnames { get; set; }
}
