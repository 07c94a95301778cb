using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Kubernetes;

namespace EksProvisioner.AwsSimulator.Tests.Kubernetes;

public sealed class KubernetesAccessTests
{
    private const string Role = "arn:aws:iam::123456789012:role/dev";
    private static readonly KubernetesResource Pods = KubernetesResources.Find("v1", "pods")!;
    private static readonly KubernetesResource Secrets = KubernetesResources.Find("v1", "secrets")!;
    private static readonly KubernetesResource Nodes = KubernetesResources.Find("v1", "nodes")!;

    private static EksCluster WithPolicy(string policy, JsonObject scope)
    {
        var cluster = TestClusters.Active();
        cluster.AccessEntries[Role] = new EksAccessEntry { PrincipalArn = Role, Arn = "arn:entry", ClusterName = cluster.Name, Username = Role };
        cluster.AccessEntries[Role].Policies["arn:aws:eks::aws:cluster-access-policy/" + policy] = new JsonObject { ["accessScope"] = scope };
        return cluster;
    }

    private static JsonObject ClusterScope() => new() { ["type"] = "cluster" };

    private static JsonObject Namespaces(string ns) => new() { ["type"] = "namespace", ["namespaces"] = new JsonArray(ns) };

    [Fact]
    public void Allows_AssumedRoleSessionOfEntryRole_MapsToRole()
    {
        var cluster = WithPolicy("AmazonEKSClusterAdminPolicy", ClusterScope());

        Assert.True(KubernetesAccess.Allows(cluster, "arn:aws:sts::123456789012:assumed-role/dev/alice", "delete", Nodes, null));
    }

    [Fact]
    public void Knows_NoEntryAndNotCreator_False()
    {
        Assert.False(KubernetesAccess.Knows(TestClusters.Active(), "arn:aws:iam::123456789012:user/stranger"));
        Assert.True(KubernetesAccess.Knows(TestClusters.Active(), "arn:aws:iam::123456789012:user/creator"));
    }

    [Fact]
    public void Allows_ViewPolicy_ReadsButNeitherWritesNorReadsSecrets()
    {
        var cluster = WithPolicy("AmazonEKSViewPolicy", ClusterScope());

        Assert.True(KubernetesAccess.Allows(cluster, Role, "list", Pods, "default"));
        Assert.False(KubernetesAccess.Allows(cluster, Role, "create", Pods, "default"));
        Assert.False(KubernetesAccess.Allows(cluster, Role, "get", Secrets, "default"));
    }

    [Fact]
    public void Allows_EditPolicyScopedToNamespace_OnlyThere()
    {
        var cluster = WithPolicy("AmazonEKSEditPolicy", Namespaces("team"));

        Assert.True(KubernetesAccess.Allows(cluster, Role, "create", Pods, "team"));
        Assert.False(KubernetesAccess.Allows(cluster, Role, "create", Pods, "default"));
        Assert.False(KubernetesAccess.Allows(cluster, Role, "delete", Nodes, null));
    }
}
