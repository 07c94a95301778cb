using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Kubernetes;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Kubernetes;

public sealed class KubernetesRulesTests
{
    private static readonly KubernetesResource Deployments = KubernetesResources.Find("apps/v1", "deployments")!;
    private static readonly KubernetesResource Pods = KubernetesResources.Find("v1", "pods")!;
    private static readonly KubernetesResource Services = KubernetesResources.Find("v1", "services")!;

    private static List<string?> Phases(KubernetesView view) =>
        [.. KubernetesRules.List(view, Pods, "default", null, null).Select(p => (string?)p["status"]!["phase"])];

    [Fact]
    public void Write_ApplyTwice_CreatesThenMergesAndBumpsGeneration()
    {
        var cluster = TestClusters.Active();
        var view = TestClusters.View(cluster, TestClusters.Start);

        var created = KubernetesRules.Write(view, Deployments, "default", "web", TestClusters.Deployment("web", 1), "apply", "eksprov");
        var patched = KubernetesRules.Write(view, Deployments, "default", "web", new JsonObject { ["spec"] = new JsonObject { ["replicas"] = 3 } }, "apply", "eksprov");

        Assert.Equal(201, created.Code);
        Assert.Equal(200, patched.Code);
        Assert.Equal(3, (int)patched.Body["spec"]!["replicas"]!);
        Assert.Equal("web", (string?)patched.Body["spec"]!["template"]!["spec"]!["containers"]![0]!["name"]);
        Assert.Equal(2, (long)patched.Body["metadata"]!["generation"]!);
        Assert.Equal("eksprov", (string?)patched.Body["metadata"]!["managedFields"]![0]!["manager"]);
    }

    [Fact]
    public void List_DeploymentWithNodes_PodsPendingThenRunningAfterPodStart()
    {
        var cluster = TestClusters.Active();
        TestClusters.Nodegroup(cluster, "ng", 2);
        KubernetesRules.Write(TestClusters.View(cluster, TestClusters.Start), Deployments, "default", "web", TestClusters.Deployment("web", 2), "create", null);

        var starting = TestClusters.View(cluster, TestClusters.Start + KubernetesView.PodStart - TimeSpan.FromSeconds(1));
        var started = TestClusters.View(cluster, TestClusters.Start + KubernetesView.PodStart);

        Assert.Equal(["Pending", "Pending"], Phases(starting));
        Assert.Equal(["Running", "Running"], Phases(started));
        Assert.Equal(2, (int)KubernetesRules.Get(started, Deployments, "default", "web").Body["status"]!["availableReplicas"]!);
    }

    [Fact]
    public void List_OnlyTaintedNodes_PodsStayPendingUnschedulable()
    {
        var cluster = TestClusters.Active();
        TestClusters.Nodegroup(cluster, "gpu", 1, new JsonArray(new JsonObject { ["key"] = "gpu", ["value"] = "true", ["effect"] = "NO_SCHEDULE" }));
        KubernetesRules.Write(TestClusters.View(cluster, TestClusters.Start), Deployments, "default", "web", TestClusters.Deployment("web", 1), "create", null);

        var later = TestClusters.View(cluster, TestClusters.Start.AddHours(1));
        var pod = KubernetesRules.List(later, Pods, "default", null, null).Single();

        Assert.Equal("Pending", (string?)pod["status"]!["phase"]);
        Assert.Equal("Unschedulable", (string?)pod["status"]!["conditions"]![0]!["reason"]);
    }

    [Fact]
    public void List_FargateProfileSelectsNamespace_PodRunsOnFargateNode()
    {
        var cluster = TestClusters.Active();
        TestClusters.Fargate(cluster, "default");
        KubernetesRules.Write(TestClusters.View(cluster, TestClusters.Start), Deployments, "default", "web", TestClusters.Deployment("web", 1), "create", null);

        var pod = KubernetesRules.List(TestClusters.View(cluster, TestClusters.Start.AddMinutes(1)), Pods, "default", null, null).Single();

        Assert.StartsWith("fargate-ip-", (string?)pod["spec"]!["nodeName"], StringComparison.Ordinal);
        Assert.Equal("Running", (string?)pod["status"]!["phase"]);
    }

    [Fact]
    public void Write_LoadBalancerService_EnsuresBalancerInPublicSubnetsAndShowsHostnameWhenActive()
    {
        var cluster = TestClusters.Active();
        var balancers = new FakeLoadBalancers { State = "provisioning" };
        var view = TestClusters.View(cluster, TestClusters.Start, balancers, new FakeNetwork());
        var service = new JsonObject { ["metadata"] = new JsonObject { ["name"] = "web" }, ["spec"] = new JsonObject { ["type"] = "LoadBalancer" } };

        var provisioning = KubernetesRules.Write(view, Services, "default", null, service, "create", null);
        balancers.State = "active";
        var active = KubernetesRules.Get(view, Services, "default", "web");

        var (subnets, tags) = balancers.Ensured["demo/default/web"];
        Assert.Equal(["subnet-a", "subnet-b", "subnet-c"], subnets);
        Assert.Equal("default/web", tags["kubernetes.io/service-name"]);
        Assert.Null(provisioning.Body["status"]!["loadBalancer"]!["ingress"]);
        Assert.Equal("k8s-default-web.elb.us-east-1.amazonaws.com", (string?)active.Body["status"]!["loadBalancer"]!["ingress"]![0]!["hostname"]);
    }

    [Fact]
    public void Delete_LoadBalancerService_DeletesItsBalancer()
    {
        var cluster = TestClusters.Active();
        var balancers = new FakeLoadBalancers();
        var view = TestClusters.View(cluster, TestClusters.Start, balancers);
        KubernetesRules.Write(view, Services, "default", "web", new JsonObject { ["spec"] = new JsonObject { ["type"] = "LoadBalancer" } }, "create", null);

        var deleted = KubernetesRules.Delete(view, Services, "default", "web");
        var missing = KubernetesRules.Get(view, Services, "default", "web");

        Assert.Equal(200, deleted.Code);
        Assert.Equal(["demo/default/web"], balancers.Deleted);
        Assert.Equal(404, missing.Code);
        Assert.Equal("NotFound", (string?)missing.Body["reason"]);
    }

    [Fact]
    public void Write_CreateExisting_AlreadyExists()
    {
        var view = TestClusters.View(TestClusters.Active(), TestClusters.Start);
        KubernetesRules.Write(view, Deployments, "default", null, TestClusters.Deployment("web", 1), "create", null);

        var again = KubernetesRules.Write(view, Deployments, "default", null, TestClusters.Deployment("web", 1), "create", null);

        Assert.Equal(409, again.Code);
        Assert.Equal("AlreadyExists", (string?)again.Body["reason"]);
    }
}
