namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>The resource types the simulated API server serves (what discovery lists).</summary>
internal static class KubernetesResources
{
    public static readonly IReadOnlyList<KubernetesResource> All =
    [
        new(string.Empty, "v1", "namespaces", "Namespace", false, ["ns"]),
        new(string.Empty, "v1", "nodes", "Node", false, ["no"]),
        new(string.Empty, "v1", "pods", "Pod", true, ["po"]),
        new(string.Empty, "v1", "services", "Service", true, ["svc"]),
        new(string.Empty, "v1", "configmaps", "ConfigMap", true, ["cm"]),
        new(string.Empty, "v1", "secrets", "Secret", true, []),
        new(string.Empty, "v1", "serviceaccounts", "ServiceAccount", true, ["sa"]),
        new("apps", "v1", "deployments", "Deployment", true, ["deploy"]),
        new("apps", "v1", "statefulsets", "StatefulSet", true, ["sts"]),
        new("apps", "v1", "daemonsets", "DaemonSet", true, ["ds"]),
        new("apps", "v1", "replicasets", "ReplicaSet", true, ["rs"]),
        new("networking.k8s.io", "v1", "ingresses", "Ingress", true, ["ing"]),
    ];

    public static IEnumerable<string> GroupVersions => All.Select(r => r.GroupVersion).Distinct();

    public static KubernetesResource? Find(string groupVersion, string plural) =>
        All.FirstOrDefault(r => r.GroupVersion == groupVersion && r.Plural == plural);

    public static KubernetesResource? ForKind(string apiVersion, string kind) =>
        All.FirstOrDefault(r => r.ApiVersion == apiVersion && r.Kind == kind);
}
