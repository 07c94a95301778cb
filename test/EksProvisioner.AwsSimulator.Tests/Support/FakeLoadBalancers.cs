using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>
/// Stands for the simulated ELBv2 service as the Kubernetes API sees it: records Ensure and Delete calls and
/// answers load balancers in the state a test sets (active unless told otherwise).
/// </summary>
public sealed class FakeLoadBalancers : ISimulatedService, IServiceLoadBalancers
{
    public Dictionary<string, (IReadOnlyList<string> Subnets, IReadOnlyDictionary<string, string> Tags)> Ensured { get; } = [];

    public List<string> Deleted { get; } = [];

    public string State { get; set; } = "active";

    public string SigningName => "elasticloadbalancing";

    public SimulatedLoadBalancer Ensure(string clusterName, string serviceKey, string type, IReadOnlyList<string> subnetIds, IReadOnlyDictionary<string, string> tags)
    {
        Ensured[clusterName + "/" + serviceKey] = (subnetIds, tags);
        return Find(clusterName, serviceKey)!;
    }

    public void Delete(string clusterName, string serviceKey)
    {
        Deleted.Add(clusterName + "/" + serviceKey);
        Ensured.Remove(clusterName + "/" + serviceKey);
    }

    public SimulatedLoadBalancer? Find(string clusterName, string serviceKey) =>
        Ensured.ContainsKey(clusterName + "/" + serviceKey)
            ? new SimulatedLoadBalancer("arn:aws:elasticloadbalancing:lb/" + serviceKey, $"k8s-{serviceKey.Replace('/', '-')}.elb.us-east-1.amazonaws.com", State)
            : null;

    public SimulatedResponse Handle(SimulatedRequest request) => throw new NotSupportedException("the fake has no wire API");

    public IEnumerable<SimulatedResource> Resources() => [];

    public JsonNode SaveState() => new JsonObject();

    public void LoadState(JsonNode state)
    {
    }

    public void Reset() => Ensured.Clear();
}
