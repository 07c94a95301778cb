using System.Globalization;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// Every resource name of one environment in one <see cref="NameScope"/>, derived deterministically so
/// that a retried or resumed stage finds what an earlier attempt made. Every name starts with the
/// stack's prefix: <c>&lt;prefix&gt;-&lt;environment&gt;</c> for the cluster, and IAM roles, whose names
/// are global, also carry the region tag. With the longest prefix (8), environment name (40) and region
/// tag (6) a role name is 64 characters, IAM's limit; the cluster name at most 49 (EKS: 100).
/// </summary>
public sealed class ResourceNames
{
    /// <summary>Longest environment name (the request contract's limit).</summary>
    public const int MaxEnvironmentNameLength = 40;

    private readonly string _base;

    public ResourceNames(NameScope scope, string environment)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentException.ThrowIfNullOrEmpty(environment);
        Scope = scope;
        Environment = environment;
        _base = $"{scope.Prefix}-{environment}";
    }

    public NameScope Scope { get; }

    /// <summary>The user-facing environment name, unchanged (tags, CLI, executions use it).</summary>
    public string Environment { get; }

    /// <summary>The EKS cluster, <c>&lt;prefix&gt;-&lt;environment&gt;</c>.</summary>
    public string Cluster => _base;

    public string ClusterRole => Role("cluster");

    public string NodeRole => Role("node");

    public string FargatePodExecutionRole => Role("fargate");

    /// <summary>Every role an environment may have, as teardown deletes them.</summary>
    public IReadOnlyList<string> Roles => [ClusterRole, NodeRole, FargatePodExecutionRole];

    public string Vpc => $"{_base}-vpc";

    public string InternetGateway => $"{_base}-igw";

    /// <summary>The one public route table (default route to the internet gateway).</summary>
    public string PublicRouteTable => $"{_base}-public-rt";

    /// <summary>Extra control-plane security group (EKS adds its own cluster security group too).</summary>
    public string ControlPlaneSecurityGroup => $"{_base}-control-plane";

    /// <summary>
    /// The kubeconfig context, <c>&lt;cluster&gt;@&lt;region&gt;</c> (eksprov-dev@us-east-1): readable, and
    /// distinct for the same environment name in two regions when both land in one kubeconfig.
    /// </summary>
    public string KubeconfigContext => $"{Cluster}@{Scope.Region}";

    /// <summary>Public subnet in zone <paramref name="zoneIndex"/> (0-based; names count from 1).</summary>
    public string PublicSubnet(int zoneIndex) => $"{_base}-public-{zoneIndex + 1}";

    public string PrivateSubnet(int zoneIndex) => $"{_base}-private-{zoneIndex + 1}";

    /// <summary>Private route table of zone <paramref name="zoneIndex"/> (default route to a NAT gateway, if any).</summary>
    public string PrivateRouteTable(int zoneIndex) => $"{_base}-private-rt-{zoneIndex + 1}";

    public string NatElasticIp(int natIndex) => $"{_base}-nat-eip-{natIndex + 1}";

    public string NatGateway(int natIndex) => $"{_base}-nat-{natIndex + 1}";

    /// <summary>Access entries are keyed by principal ARN in EKS; this is the plan's display name.</summary>
    public string AdminAccessEntry(int index) => $"{_base}-admin-{index + 1}";

    /// <summary>
    /// Step Functions execution name for a provisioning run started at <paramref name="startedAt"/>:
    /// <c>&lt;environment&gt;-&lt;yyyyMMddTHHmmssZ&gt;</c>, at most 57 characters (limit 80).
    /// </summary>
    public static string Execution(string environment, DateTimeOffset startedAt) =>
        environment + "-" + startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    // Global names: the region tag keeps two regional stacks' environments of the same name apart.
    private string Role(string kind) => $"{_base}-{Scope.RegionTag}-{kind}";
}
