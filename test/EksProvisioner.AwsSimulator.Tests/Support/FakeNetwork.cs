using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>
/// Stands for the simulated EC2 service as EKS sees it: a fixed VPC with subnets in two zones, and
/// the interfaces and security groups EKS creates, recorded so tests can see them come and go.
/// </summary>
public sealed class FakeNetwork : ISimulatedService, IEc2Network
{
    private readonly Dictionary<string, (string Vpc, string Zone)> _subnets = new()
    {
        ["subnet-a"] = ("vpc-1", "us-east-1a"),
        ["subnet-b"] = ("vpc-1", "us-east-1b"),
        ["subnet-c"] = ("vpc-2", "us-east-1c"),
    };

    private int _next;

    public Dictionary<string, string> Created { get; } = [];

    public string SigningName => "ec2";

    public string? VpcOfSubnet(string subnetId) => _subnets.TryGetValue(subnetId, out var s) ? s.Vpc : null;

    public string? ZoneOfSubnet(string subnetId) => _subnets.TryGetValue(subnetId, out var s) ? s.Zone : null;

    public bool IsPublicSubnet(string subnetId) => _subnets.ContainsKey(subnetId);

    public bool SecurityGroupExists(string groupId) => groupId == "sg-1" || Created.ContainsKey(groupId);

    public string CreateServiceSecurityGroup(string vpcId, string name, string description, IReadOnlyDictionary<string, string> tags)
    {
        var id = $"sg-eks{++_next}";
        Created[id] = vpcId;
        return id;
    }

    public string CreateServiceNetworkInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags)
    {
        var id = $"eni-{++_next}";
        Created[id] = subnetId;
        return id;
    }

    public void DeleteServiceResource(string id) => Created.Remove(id);

    public SimulatedResponse Handle(SimulatedRequest request) => new(400, "text/plain", "fake network");

    public IEnumerable<SimulatedResource> Resources() =>
        Created.Select(p => new SimulatedResource("ec2", p.Key.StartsWith("eni-") ? "network-interface" : "security-group", p.Key, "available", new Dictionary<string, string>()));

    public JsonNode SaveState() => new JsonObject();

    public void LoadState(JsonNode state)
    {
    }

    public void Reset() => Created.Clear();
}
