namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class InternetGatewayRecord : Ec2Record
{
    public string? AttachedVpcId { get; set; }
}
