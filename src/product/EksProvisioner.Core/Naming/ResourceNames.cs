using System.Globalization;

namespace EksProvisioner.Core.Naming;

/// <summary>
/// Every resource name, derived deterministically from the environment name so that a retried or
/// resumed stage finds what an earlier attempt made. Environment names are at most
/// <see cref="MaxEnvironmentNameLength"/> characters, which keeps every name here within its AWS limit
/// (IAM role 64, EKS cluster 100, Step Functions execution 80).
/// </summary>
public static class ResourceNames
{
    /// <summary>Prefix of every name we make; also what teardown looks for besides the tags.</summary>
    public const string Prefix = "eksprov";

    /// <summary>Longest environment name; the longest derived IAM role name is then 56 characters.</summary>
    public const int MaxEnvironmentNameLength = 40;

    /// <summary>The EKS cluster is named after the environment itself, so kubeconfig contexts read well.</summary>
    public static string Cluster(string environment) => environment;

    public static string ClusterRole(string environment) => $"{Prefix}-{environment}-cluster";

    public static string NodeRole(string environment) => $"{Prefix}-{environment}-node";

    public static string FargatePodExecutionRole(string environment) => $"{Prefix}-{environment}-fargate";

    public static string Vpc(string environment) => $"{Prefix}-{environment}-vpc";

    public static string InternetGateway(string environment) => $"{Prefix}-{environment}-igw";

    /// <summary>Public subnet in zone <paramref name="zoneIndex"/> (0-based; names count from 1).</summary>
    public static string PublicSubnet(string environment, int zoneIndex) => $"{Prefix}-{environment}-public-{zoneIndex + 1}";

    public static string PrivateSubnet(string environment, int zoneIndex) => $"{Prefix}-{environment}-private-{zoneIndex + 1}";

    /// <summary>The one public route table (default route to the internet gateway).</summary>
    public static string PublicRouteTable(string environment) => $"{Prefix}-{environment}-public-rt";

    /// <summary>Private route table of zone <paramref name="zoneIndex"/> (default route to a NAT gateway, if any).</summary>
    public static string PrivateRouteTable(string environment, int zoneIndex) => $"{Prefix}-{environment}-private-rt-{zoneIndex + 1}";

    public static string NatElasticIp(string environment, int natIndex) => $"{Prefix}-{environment}-nat-eip-{natIndex + 1}";

    public static string NatGateway(string environment, int natIndex) => $"{Prefix}-{environment}-nat-{natIndex + 1}";

    /// <summary>Extra control-plane security group (EKS adds its own cluster security group too).</summary>
    public static string ControlPlaneSecurityGroup(string environment) => $"{Prefix}-{environment}-control-plane";

    /// <summary>Access entries are keyed by principal ARN in EKS; this is the plan's display name.</summary>
    public static string AdminAccessEntry(string environment, int index) => $"{Prefix}-{environment}-admin-{index + 1}";

    /// <summary>
    /// Step Functions execution name for a provisioning run started at <paramref name="startedAt"/>:
    /// <c>&lt;environment&gt;-&lt;yyyyMMddTHHmmssZ&gt;</c>, at most 57 characters (limit 80).
    /// </summary>
    public static string Execution(string environment, DateTimeOffset startedAt) =>
        environment + "-" + startedAt.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);

    /// <summary>The kubeconfig context name.</summary>
    public static string KubeconfigContext(string environment) => $"{Prefix}-{environment}";
}
