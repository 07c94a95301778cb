using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// Teardown of an environment whose cluster has load balancers Kubernetes made (a LoadBalancer Service's
/// network one and an Ingress's application one, made through the simulator's IServiceLoadBalancers as the
/// cluster's API would): their interfaces and public addresses would block the subnets and the internet gateway.
/// </summary>
public sealed class LoadBalancerTeardownScenarioTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_ClusterWithServiceAndIngressLoadBalancers_LeavesNothing()
    {
        await using var scenario = await LocalScenario.StartAsync();

        var down = await UpWithLoadBalancersThenDownAsync(scenario);

        Assert.True(down.Result.Status == ExecutionStatus.Succeeded, $"{down.Result.Error}: {down.Result.Cause}");
        await AssertNothingLeftAsync(scenario);
    }

    [Fact]
    public async Task Down_LoadBalancerDeleteFaultedOnce_StillLeavesNothing()
    {
        var faults = new FaultRules
        {
            Rules = [new FaultRule { Service = "elasticloadbalancing", Operation = "DeleteLoadBalancer", Call = 1, Error = new FaultError { Code = "InternalFailure", Status = 500, Message = "injected" } }],
        };
        await using var scenario = await LocalScenario.StartAsync(faults);

        var down = await UpWithLoadBalancersThenDownAsync(scenario);

        Assert.True(down.Result.Status == ExecutionStatus.Succeeded, $"{down.Result.Error}: {down.Result.Cause}");
        await AssertNothingLeftAsync(scenario);
    }

    private static async Task<ScenarioRun> UpWithLoadBalancersThenDownAsync(LocalScenario scenario)
    {
        var up = await scenario.UpAsync("web");
        Assert.True(up.Result.Status == ExecutionStatus.Succeeded, $"{up.Result.Error}: {up.Result.Cause}");
        var subnets = (await scenario.Account.ResourcesAsync("web", Token))
            .Where(r => r.Type == "subnet" && r.Tags.GetValueOrDefault("Name", string.Empty).Contains("public", StringComparison.Ordinal))
            .Select(r => r.Id).ToList();
        Assert.NotEmpty(subnets);
        const string cluster = "eksprov-web";
        var serviceTags = new Dictionary<string, string> { ["kubernetes.io/cluster/" + cluster] = "owned", ["kubernetes.io/service-name"] = "default/web" };
        var ingressTags = new Dictionary<string, string> { ["elbv2.k8s.aws/cluster"] = cluster, ["ingress.k8s.aws/stack"] = "default/web" };
        await scenario.Account.WithLoadBalancersAsync(l => l.Ensure(cluster, "default/web", "network", subnets, serviceTags), Token);
        await scenario.Account.WithLoadBalancersAsync(l => l.Ensure(cluster, "default/web-ingress", "application", subnets, ingressTags), Token);
        return await scenario.DownAsync("web");
    }

    /// <summary>Nothing tagged, no load balancer, and nothing of the network they could have blocked.</summary>
    internal static async Task AssertNothingLeftAsync(LocalScenario scenario)
    {
        Assert.Empty(await scenario.TaggedAsync("web"));
        var all = await scenario.Account.AllResourcesAsync(Token);
        Assert.DoesNotContain(all, r => r.Service == "elasticloadbalancing");
        Assert.DoesNotContain(all, r => r.Type is "network-interface" or "security-group" or "subnet" or "vpc");
    }
}
