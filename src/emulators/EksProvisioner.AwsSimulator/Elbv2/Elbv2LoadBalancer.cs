using EksProvisioner.AwsSimulator.Eks;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>
/// A load balancer and what it holds in EC2: one requester-managed interface per subnet, and for an
/// `application` one made for an Ingress the security group the controller made for it.
/// </summary>
internal sealed class Elbv2LoadBalancer
{
    public required string Arn { get; init; }

    public required string Name { get; init; }

    public required string Region { get; init; }

    /// <summary>application, network or gateway.</summary>
    public required string Type { get; init; }

    /// <summary>internet-facing or internal.</summary>
    public required string Scheme { get; init; }

    public required string VpcId { get; init; }

    public required string DnsName { get; init; }

    public required Lifecycle Lifecycle { get; init; }

    public List<Elbv2Placement> Placements { get; init; } = [];

    public List<string> SecurityGroups { get; init; } = [];

    /// <summary>The security group made for this load balancer, deleted with it when Kubernetes deletes the Service.</summary>
    public string? OwnedSecurityGroup { get; set; }

    /// <summary>True when Kubernetes deleted it: the controller then deletes <see cref="OwnedSecurityGroup"/> too; a direct API delete leaves it.</summary>
    public bool ReleaseOwnedGroup { get; set; }

    /// <summary>The `namespace/name` of the Kubernetes Service or Ingress, and its cluster, when Kubernetes made it.</summary>
    public string? ServiceKey { get; init; }

    public string? ClusterName { get; init; }

    public Dictionary<string, string> Tags { get; init; } = new(StringComparer.Ordinal);
}

/// <summary>One subnet of a load balancer, its zone and the interface in it.</summary>
internal sealed record Elbv2Placement(string SubnetId, string Zone, string NetworkInterfaceId);
