namespace EksProvisioner.Core.Naming;

/// <summary>
/// Tag keys this product writes. Teardown searches by <see cref="Environment"/>; a rollback also by
/// <see cref="Provisioning"/>, so it deletes only what its own provisioning created.
/// </summary>
public static class TagKeys
{
    public const string Environment = "eksprov:environment";
    public const string Owner = "eksprov:owner";
    public const string Ticket = "eksprov:ticket";
    public const string ExpiresAt = "eksprov:expires-at";

    /// <summary>The name of the provisioning execution that created the resource.</summary>
    public const string Provisioning = "eksprov:provisioning";

    /// <summary>Our reserved prefix: user tags may not use it.</summary>
    public const string ReservedPrefix = "eksprov:";

    /// <summary>The EC2 console name tag, set on every EC2 resource.</summary>
    public const string Name = "Name";

    /// <summary>Subnet tags the AWS Load Balancer Controller looks for.</summary>
    public const string ElbRole = "kubernetes.io/role/elb";
    public const string InternalElbRole = "kubernetes.io/role/internal-elb";

    /// <summary>Subnet tag <c>kubernetes.io/cluster/&lt;cluster&gt;</c> = owned.</summary>
    public static string ClusterOwnership(string cluster) => "kubernetes.io/cluster/" + cluster;

    /// <summary>Most tags any one resource gets besides the ownership and user tags (a subnet: Name, role, cluster).</summary>
    public const int MaxResourceSpecificTags = 3;

    /// <summary>AWS limit of tags per resource.</summary>
    public const int MaxTagsPerResource = 50;
}
