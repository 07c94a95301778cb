using System.Security.Cryptography.X509Certificates;
using System.Text;
using System.Text.Json;
using Amazon.Runtime;
using EksProvisioner.Aws.Eks;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Stages;
using EksProvisioner.StepFunctionsLocal;
using k8s;
using k8s.Models;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// A LoadBalancer Service created through the cluster's Kubernetes API (so its load balancer is the API's,
/// not one made through the ELBv2 seam): teardown's DeleteLoadBalancers deletes it through the API.
/// </summary>
public sealed class KubernetesApiTeardownScenarioTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Down_LoadBalancerServiceMadeThroughTheApi_DeletedThroughTheApiAndLeavesNothing()
    {
        await using var scenario = await LocalScenario.StartAsync();
        // The owner is the simulated caller, which the stages also run as locally: its admin entry lets both in.
        // TODO: a scoped access entry for the stage's own role, so that teardown needs no admin owner.
        var request = new System.Text.Json.Nodes.JsonObject { ["name"] = "web", ["owner"] = "arn:aws:iam::123456789012:user/" + LocalAccount.CallerKey }.ToJsonString();
        var up = await scenario.UpAsync("web", request);
        Assert.True(up.Result.Status == ExecutionStatus.Succeeded, $"{up.Result.Error}: {up.Result.Cause}");
        using (var client = await ClientAsync(scenario.Account, "eksprov-web"))
        {
            await client.CoreV1.CreateNamespacedServiceAsync(
                new V1Service
                {
                    Metadata = new V1ObjectMeta { Name = "web" },
                    Spec = new V1ServiceSpec { Type = "LoadBalancer", Selector = new Dictionary<string, string> { ["app"] = "web" }, Ports = [new V1ServicePort { Port = 80 }] },
                },
                "default",
                cancellationToken: Token);
        }

        Assert.Contains(await scenario.Account.AllResourcesAsync(Token), r => r.Service == "elasticloadbalancing");

        var down = await scenario.DownAsync("web");

        Assert.True(down.Result.Status == ExecutionStatus.Succeeded, $"{down.Result.Error}: {down.Result.Cause}");

        // The tag search would have recorded the load balancer among what teardown itself deleted.
        Assert.DoesNotContain("load-balancer:arn:", JsonSerializer.Serialize(down.History), StringComparison.Ordinal);
        await LoadBalancerTeardownScenarioTests.AssertNothingLeftAsync(scenario);
    }

    /// <summary>A client as the simulated caller, the cluster's admin: endpoint and CA from DescribeCluster, an EKS token on the account's clock.</summary>
    private static async Task<Kubernetes> ClientAsync(LocalAccount account, string cluster)
    {
        using var clients = new StageClients(account.ClientOptions, account.Clock, Randomizers.Fixed(0.5));
        var described = (await clients.Eks.DescribeClusterAsync(new DescribeClusterRequest { Name = cluster }, Token)).Cluster!;
        var token = await EksToken.CreateAsync(
            cluster, account.Options.Region, new BasicAWSCredentials(LocalAccount.CallerKey, LocalAccount.CallerKey), account.Clock.GetUtcNow(), Token);
        var ca = X509Certificate2.CreateFromPem(Encoding.UTF8.GetString(Convert.FromBase64String(described.CertificateAuthority!.Data!)));
        return new Kubernetes(new KubernetesClientConfiguration { Host = described.Endpoint, AccessToken = token, SslCaCerts = [ca] });
    }
}
