namespace EksProvisioner.Core.Planning;

/// <summary>
/// Typical creation times, from the EKS and VPC documentation and eksctl/Terraform experience:
/// a cluster takes about 10 minutes to become ACTIVE, a managed node group about 4, a NAT gateway
/// about 90 seconds, a Fargate profile 2-3 (and they are created one at a time). IAM roles include
/// the propagation delay EKS may see right after CreateRole.
/// </summary>
public static class LatencyTable
{
    private static readonly Dictionary<string, TimeSpan> Table = new(StringComparer.Ordinal)
    {
        [ResourceTypes.IamRole] = TimeSpan.FromSeconds(10),
        [ResourceTypes.Vpc] = TimeSpan.FromSeconds(5),
        [ResourceTypes.InternetGateway] = TimeSpan.FromSeconds(5),
        [ResourceTypes.Subnet] = TimeSpan.FromSeconds(3),
        [ResourceTypes.RouteTable] = TimeSpan.FromSeconds(3),
        [ResourceTypes.ElasticIp] = TimeSpan.FromSeconds(2),
        [ResourceTypes.NatGateway] = TimeSpan.FromSeconds(90),
        [ResourceTypes.SecurityGroup] = TimeSpan.FromSeconds(3),
        [ResourceTypes.Cluster] = TimeSpan.FromMinutes(10),
        [ResourceTypes.Nodegroup] = TimeSpan.FromMinutes(4),
        [ResourceTypes.FargateProfile] = TimeSpan.FromSeconds(150),
        [ResourceTypes.Addon] = TimeSpan.FromSeconds(60),
        [ResourceTypes.AccessEntry] = TimeSpan.FromSeconds(5),
    };

    /// <summary>How long creating a resource of <paramref name="type"/> typically takes.</summary>
    public static TimeSpan For(string type) =>
        Table.TryGetValue(type, out var latency) ? latency : throw new ArgumentOutOfRangeException(nameof(type), type, "No latency known for this resource type.");
}
