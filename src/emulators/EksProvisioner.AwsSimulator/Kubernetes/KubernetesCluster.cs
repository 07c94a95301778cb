using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// A cluster's Kubernetes API as persisted with the account: its CA, the serving certificate, the loopback
/// port (stable, so a kubeconfig stays valid across processes) and the stored objects.
/// </summary>
internal sealed class KubernetesCluster
{
    public required int Port { get; set; }

    public required string CaCertificatePem { get; set; }

    public required string ServerCertificatePem { get; set; }

    public required string ServerKeyPem { get; set; }

    /// <summary>Objects by `resource/namespace/name` (namespace empty for cluster-scoped ones).</summary>
    public SortedDictionary<string, JsonObject> Objects { get; set; } = new(StringComparer.Ordinal);

    /// <summary>When each object's spec last changed (its pods restart from then).</summary>
    public SortedDictionary<string, DateTimeOffset> ChangedAt { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last resourceVersion handed out.</summary>
    public long ResourceVersion { get; set; }

    public string Endpoint => $"https://127.0.0.1:{Port}";
}
