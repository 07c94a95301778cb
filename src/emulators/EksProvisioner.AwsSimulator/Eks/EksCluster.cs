using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>A simulated EKS cluster and what lives in it (persisted as JSON).</summary>
internal sealed class EksCluster
{
    public required string Name { get; set; }

    public required string Arn { get; set; }

    public required string Id { get; set; }

    public required string Version { get; set; }

    public required string RoleArn { get; set; }

    public required Lifecycle Life { get; set; }

    public List<string> SubnetIds { get; set; } = [];

    public List<string> SecurityGroupIds { get; set; } = [];

    public string VpcId { get; set; } = string.Empty;

    public string? ClusterSecurityGroupId { get; set; }

    public List<string> NetworkInterfaceIds { get; set; } = [];

    public bool EndpointPublicAccess { get; set; } = true;

    public bool EndpointPrivateAccess { get; set; }

    public List<string> PublicAccessCidrs { get; set; } = ["0.0.0.0/0"];

    public string ServiceIpv4Cidr { get; set; } = "172.20.0.0/16";

    public string AuthenticationMode { get; set; } = "CONFIG_MAP";

    public bool BootstrapClusterCreatorAdminPermissions { get; set; } = true;

    public JsonNode? Logging { get; set; }

    public string? ClientRequestToken { get; set; }

    public Dictionary<string, string> Tags { get; set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EksNodegroup> Nodegroups { get; set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EksFargateProfile> FargateProfiles { get; set; } = new(StringComparer.Ordinal);

    public SortedDictionary<string, EksAddon> Addons { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Every update, oldest first, of the cluster and of what lives in it (ListUpdates filters them).</summary>
    public List<EksUpdate> Updates { get; set; } = [];

    public SortedDictionary<string, EksAccessEntry> AccessEntries { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Who called CreateCluster: the admin when <see cref="BootstrapClusterCreatorAdminPermissions"/>.</summary>
    public string? CreatorArn { get; set; }

    /// <summary>The cluster's Kubernetes API: CA, serving certificate, loopback port and objects.</summary>
    public Kubernetes.KubernetesCluster? Kubernetes { get; set; }
}
