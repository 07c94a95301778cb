namespace EksProvisioner.AwsSimulator.Ec2.Model;

internal sealed class SecurityGroupRecord : Ec2Record
{
    public required string VpcId { get; init; }

    public required string GroupName { get; init; }

    public required string Description { get; init; }

    /// <summary>The VPC's default group: made with the VPC, deleted with it, never by a user.</summary>
    public bool IsDefault { get; init; }

    public List<SecurityGroupRule> Ingress { get; init; } = [];

    public List<SecurityGroupRule> Egress { get; init; } = [];
}

/// <summary>One rule as AWS stores it: one protocol/port range and one peer (CIDR or group).</summary>
internal sealed record SecurityGroupRule(string RuleId, string IpProtocol, int? FromPort, int? ToPort, string? CidrIp, string? PeerGroupId, string? Description)
{
    public bool SamePermission(SecurityGroupRule other) =>
        IpProtocol == other.IpProtocol && FromPort == other.FromPort && ToPort == other.ToPort
        && CidrIp == other.CidrIp && PeerGroupId == other.PeerGroupId;
}
