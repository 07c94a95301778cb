using System.Text.Json.Nodes;
using k8s;

namespace EksProvisioner.Cli.Tests.Kube;

/// <summary>
/// Clients no one here wrote (Debian's kubectl with the aws CLI's get-token) against the Kubernetes API of
/// an environment that <c>up --local</c> created, served afterwards by <c>eksprov simulator --state-dir</c>.
/// </summary>
public sealed class RealKubeClientsTests
{
    private const string App = """
        apiVersion: apps/v1
        kind: Deployment
        metadata: {name: web}
        spec:
          replicas: 2
          selector: {matchLabels: {app: web}}
          template:
            metadata: {labels: {app: web}}
            spec:
              containers: [{name: web, image: nginx, ports: [{containerPort: 80}]}]
        ---
        apiVersion: v1
        kind: Service
        metadata: {name: web}
        spec:
          type: LoadBalancer
          selector: {app: web}
          ports: [{port: 80, targetPort: 80}]
        """;

    [Fact]
    public async Task Kubectl_LocalEnvironment_ListsNodesAppliesAndShowsTheLoadBalancerService()
    {
        await using var environment = await ServedEnvironment.StartAsync();
        var kubectl = Kubectl.Require(environment.Kubeconfig, environment.Folder);
        var simulator = environment.Endpoint;

        var nodes = await kubectl.RunAsync("get", "nodes", "-o", "json");
        Assert.True(nodes.ExitCode == 0, nodes.Stderr);
        var expected = await NodegroupSizesAsync(kubectl, simulator);
        var items = JsonNode.Parse(nodes.Stdout)!["items"]!.AsArray();
        var byGroup = items.GroupBy(n => n!["metadata"]!["labels"]!["eks.amazonaws.com/nodegroup"]!.GetValue<string>()).ToDictionary(g => g.Key, g => g.Count());
        Assert.NotEmpty(expected);
        Assert.Equal(expected.OrderBy(p => p.Key), byGroup.OrderBy(p => p.Key));

        var manifest = Path.Combine(environment.Folder, "app.yaml");
        await File.WriteAllTextAsync(manifest, App, TestContext.Current.CancellationToken);
        var apply = await kubectl.RunAsync("apply", "-f", manifest);
        Assert.True(apply.ExitCode == 0, apply.Stderr);

        var services = await kubectl.RunAsync("get", "svc", "-o", "json");
        Assert.True(services.ExitCode == 0, services.Stderr);
        var web = Assert.Single(JsonNode.Parse(services.Stdout)!["items"]!.AsArray(), s => s!["metadata"]!["name"]!.GetValue<string>() == "web")!;
        Assert.Equal("LoadBalancer", web["spec"]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task KubernetesClient_LocalEnvironmentKubeconfig_ListsTheNodeGroupsNodes()
    {
        await using var environment = await ServedEnvironment.StartAsync();
        var tools = Kubectl.Require(environment.Kubeconfig, environment.Folder);

        // The package starts the exec plugin without a PATH of its own: name the aws CLI by its full path.
        var written = await File.ReadAllTextAsync(environment.Kubeconfig, TestContext.Current.CancellationToken);
        Assert.Contains("command: aws\n", written, StringComparison.Ordinal);
        var kubeconfig = written.Replace("command: aws", "command: " + tools.Aws, StringComparison.Ordinal);
        await File.WriteAllTextAsync(environment.Kubeconfig, kubeconfig, TestContext.Current.CancellationToken);
        using var client = new k8s.Kubernetes(k8s.KubernetesClientConfiguration.BuildConfigFromConfigFile(environment.Kubeconfig));

        var nodes = await client.CoreV1.ListNodeAsync(cancellationToken: TestContext.Current.CancellationToken);

        var expected = await NodegroupSizesAsync(tools, environment.Endpoint);
        Assert.NotEmpty(expected);
        var byGroup = nodes.Items.GroupBy(n => n.Metadata.Labels["eks.amazonaws.com/nodegroup"]).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(expected.OrderBy(p => p.Key), byGroup.OrderBy(p => p.Key));
        Assert.All(nodes.Items, n => Assert.Contains(n.Status.Conditions, c => c.Type == "Ready" && c.Status == "True"));
    }

    /// <summary>Each node group of the dev cluster with its desired size, as the aws CLI reads them from EKS.</summary>
    private static async Task<Dictionary<string, int>> NodegroupSizesAsync(Kubectl tools, Uri simulator)
    {
        var clusters = await tools.AwsAsync(simulator, "eks", "list-clusters");
        Assert.True(clusters.ExitCode == 0, clusters.Stderr);
        var cluster = Assert.Single(JsonNode.Parse(clusters.Stdout)!["clusters"]!.AsArray())!.GetValue<string>();
        var groups = await tools.AwsAsync(simulator, "eks", "list-nodegroups", "--cluster-name", cluster);
        var sizes = new Dictionary<string, int>();
        foreach (var group in JsonNode.Parse(groups.Stdout)!["nodegroups"]!.AsArray())
        {
            var described = await tools.AwsAsync(simulator, "eks", "describe-nodegroup", "--cluster-name", cluster, "--nodegroup-name", group!.GetValue<string>());
            var nodegroup = JsonNode.Parse(described.Stdout)!["nodegroup"]!;
            sizes[nodegroup["nodegroupName"]!.GetValue<string>()] = nodegroup["scalingConfig"]!["desiredSize"]!.GetValue<int>();
        }

        return sizes;
    }
}
