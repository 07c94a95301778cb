using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;

namespace EksProvisioner.AwsSimulator.Kubernetes;

/// <summary>
/// EKS authorization: the caller (an assumed-role ARN counts as its role, as EKS maps it) against the cluster's
/// access entries and their access policies, each with a cluster or namespace scope; the cluster creator is
/// admin while bootstrapClusterCreatorAdminPermissions holds.
/// </summary>
internal static class KubernetesAccess
{
    private const string PolicyPrefix = "arn:aws:eks::aws:cluster-access-policy/";
    private static readonly string[] ReadVerbs = ["get", "list", "watch"];

    /// <summary>Whether the cluster knows the caller at all (no entry answers 401 in EKS, as an unknown identity).</summary>
    public static bool Knows(EksCluster cluster, string callerArn) =>
        IsCreator(cluster, callerArn) || Entry(cluster, callerArn) is not null;

    public static bool Allows(EksCluster cluster, string callerArn, string verb, KubernetesResource resource, string? ns)
    {
        if (IsCreator(cluster, callerArn))
        {
            return true;
        }

        var entry = Entry(cluster, callerArn);
        if (entry is null)
        {
            return false;
        }

        if (entry.KubernetesGroups.Contains("system:masters"))
        {
            return true;
        }

        return entry.Policies.Any(p => PolicyAllows(p.Key, p.Value, verb, resource, ns));
    }

    /// <summary>arn:aws:sts::A:assumed-role/R/session is role R of account A; anything else is itself.</summary>
    public static string Principal(string arn)
    {
        var parts = arn.Split(':', 6);
        if (parts.Length == 6 && parts[2] == "sts" && parts[5].StartsWith("assumed-role/", StringComparison.Ordinal))
        {
            var role = parts[5].Split('/')[1];
            return $"arn:{parts[1]}:iam::{parts[4]}:role/{role}";
        }

        return arn;
    }

    private static bool IsCreator(EksCluster cluster, string callerArn) =>
        cluster.BootstrapClusterCreatorAdminPermissions && cluster.CreatorArn is not null && cluster.CreatorArn == Principal(callerArn);

    private static EksAccessEntry? Entry(EksCluster cluster, string callerArn) =>
        cluster.AccessEntries.Values.FirstOrDefault(e => e.PrincipalArn == Principal(callerArn));

    private static bool PolicyAllows(string policyArn, JsonObject association, string verb, KubernetesResource resource, string? ns)
    {
        var scope = association["accessScope"] as JsonObject;
        var inScope = (string?)scope?["type"] != "namespace"
            || (ns is not null && (scope?["namespaces"] as JsonArray ?? []).Any(n => (string?)n == ns));
        var name = policyArn.StartsWith(PolicyPrefix, StringComparison.Ordinal) ? policyArn[PolicyPrefix.Length..] : policyArn;
        var read = ReadVerbs.Contains(verb);
        return name switch
        {
            "AmazonEKSClusterAdminPolicy" => inScope || !resource.Namespaced,
            "AmazonEKSAdminPolicy" => resource.Namespaced ? inScope : read,
            "AmazonEKSEditPolicy" => resource.Namespaced ? inScope : read,
            "AmazonEKSViewPolicy" => resource.Plural != "secrets" && read && (inScope || !resource.Namespaced),
            _ => false,
        };
    }
}
