using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Eks;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>What one API call sees: the cluster as EKS has it, the time, and the account's other services.</summary>
internal sealed record KubernetesView(EksCluster Cluster, string Region, DateTimeOffset Now, IEc2Network? Network, IServiceLoadBalancers? LoadBalancers)
{
    public KubernetesCluster Api => Cluster.Kubernetes!;

    /// <summary>How long a scheduled pod takes to pull its image and start (simulated).</summary>
    public static TimeSpan PodStart { get; } = TimeSpan.FromSeconds(20);

    public static string Timestamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A short stable hex hash, for generated names and addresses.</summary>
    public static string Hash(string text, int length) =>
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text)))[..length];
}
