using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.AwsSimulator.Ec2.Operations;
using EksProvisioner.AwsSimulator.Ec2.Wire;
using EksProvisioner.AwsSimulator.Tagging;
using EksProvisioner.Core.Time;

namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// The simulated EC2 service: the Query protocol (Action + Version form, XML answers in the
/// 2016-11-15 namespace, EC2's error document), the network resources EksProvisioner uses, with
/// AWS's dependency rules, quotas, ClientToken idempotency and NAT gateway lifecycle on the given
/// clock. There is no default VPC: every resource in the account is one somebody created, so
/// teardown never meets anything it did not make (the VPC quota therefore allows 5 created VPCs
/// where a new AWS account, whose default VPC counts, allows 4).
/// </summary>
public sealed class Ec2Service : ISimulatedService, IEc2Network, ITaggedResources
{
    private static readonly JsonSerializerOptions JsonOptions = new() { WriteIndented = false };

    private readonly Ec2Store _store;
    private readonly Dictionary<string, Ec2Operation> _operations = new(StringComparer.Ordinal);
    private readonly SecurityGroupOperations _securityGroups;
    private readonly ulong _seed;

    /// <summary>
    /// Creates the service. <paramref name="randomizer"/> seeds resource ids and latency jitter
    /// (default: seeded from <see cref="LatencyModel.Seed"/>), so a given seed gives the same ids.
    /// </summary>
    public Ec2Service(TimeProvider clock, LatencyModel latency, Ec2Quotas quotas, Randomizer? randomizer = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(latency);
        ArgumentNullException.ThrowIfNull(quotas);
        _store = new Ec2Store(clock, latency, quotas, randomizer ?? Randomizers.Seeded(latency.Seed));
        _seed = _store.State.IdSeed;
        _securityGroups = new SecurityGroupOperations(_store);
        AvailabilityZoneOperations.Register(_operations);
        new VpcOperations(_store).Register(_operations);
        new SubnetOperations(_store).Register(_operations);
        new InternetGatewayOperations(_store).Register(_operations);
        new RouteTableOperations(_store).Register(_operations);
        new RouteOperations(_store).Register(_operations);
        new AddressOperations(_store).Register(_operations);
        new NatGatewayOperations(_store).Register(_operations);
        _securityGroups.Register(_operations);
        new NetworkInterfaceOperations(_store).Register(_operations);
        new TagOperations(_store).Register(_operations);
    }

    /// <inheritdoc />
    public string SigningName => "ec2";

    /// <summary>The EC2 actions this service answers.</summary>
    public IReadOnlyCollection<string> Actions => _operations.Keys;

    /// <inheritdoc />
    public SimulatedResponse Handle(SimulatedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        _store.Refresh();
        var form = new Ec2Form(request.Form);
        try
        {
            var action = form.String("Action") ?? throw new Ec2Exception("MissingAction", "The request must contain the parameter Action");
            var operation = _operations.GetValueOrDefault(action) ?? throw Ec2Errors.InvalidAction(action);
            if (form.Bool("DryRun") == true)
            {
                throw new Ec2Exception("DryRunOperation", "Request would have succeeded, but DryRun flag is set.", 412);
            }

            var content = operation(new Ec2Call(action, form, request.Region, request.AccountId)).ToList();
            return new SimulatedResponse(200, "text/xml;charset=UTF-8", Ec2Xml.Document(action, request.RequestId, content));
        }
        catch (Ec2Exception error)
        {
            return new SimulatedResponse(error.StatusCode, "text/xml;charset=UTF-8", Ec2Xml.ErrorDocument(error.Code, error.Message, request.RequestId));
        }
    }

    /// <inheritdoc />
    public IEnumerable<SimulatedResource> Resources()
    {
        _store.Refresh();
        return _store.All()
            .Where(r => r is not NatGatewayRecord { State: "deleted" })
            .Select(r => new SimulatedResource("ec2", ResourceType(r), r.Id, ResourceState(r), new Dictionary<string, string>(r.Tags, StringComparer.Ordinal)))
            .ToList();
    }

    /// <summary>The region's resources with their ARNs, for the Tagging API (a deleted NAT gateway is gone).</summary>
    IEnumerable<TaggedResource> ITaggedResources.TaggedResources(string region)
    {
        _store.Refresh();
        return _store.All()
            .Where(r => r.Region == region && r is not NatGatewayRecord { State: "deleted" })
            .Select(r => new TaggedResource($"arn:aws:ec2:{r.Region}:{r.OwnerId}:{TagOperations.ResourceType(r)}/{r.Id}", new Dictionary<string, string>(r.Tags, StringComparer.Ordinal)))
            .ToList();
    }

    /// <inheritdoc />
    public JsonNode SaveState()
    {
        _store.Refresh();
        return JsonSerializer.SerializeToNode(_store.State, JsonOptions)!;
    }

    /// <inheritdoc />
    public void LoadState(JsonNode state)
    {
        ArgumentNullException.ThrowIfNull(state);
        _store.State = state.Deserialize<Ec2State>(JsonOptions) ?? throw new JsonException("EC2 state is null");
    }

    /// <inheritdoc />
    public void Reset() => _store.State = new Ec2State { IdSeed = _seed };

    /// <inheritdoc />
    public string? VpcOfSubnet(string subnetId) => _store.State.Subnets.GetValueOrDefault(subnetId)?.VpcId;

    /// <inheritdoc />
    public string? ZoneOfSubnet(string subnetId) => _store.State.Subnets.GetValueOrDefault(subnetId)?.AvailabilityZone;

    /// <inheritdoc />
    public bool IsPublicSubnet(string subnetId) => _store.State.Subnets.GetValueOrDefault(subnetId)?.MapPublicIpOnLaunch ?? false;

    /// <inheritdoc />
    public bool SecurityGroupExists(string groupId) => _store.State.SecurityGroups.ContainsKey(groupId);

    /// <inheritdoc />
    public string CreateServiceSecurityGroup(string vpcId, string name, string description, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var vpc = _store.State.Vpcs.GetValueOrDefault(vpcId) ?? throw new ArgumentException($"VPC {vpcId} does not exist", nameof(vpcId));
        try
        {
            return _securityGroups.CreateGroup(vpc, name, description, new Dictionary<string, string>(tags, StringComparer.Ordinal), selfIngress: true).Id;
        }
        catch (Ec2Exception error)
        {
            throw new InvalidOperationException($"{error.Code}: {error.Message}", error);
        }
    }

    /// <inheritdoc />
    public string? RegionOfSubnet(string subnetId) => _store.State.Subnets.GetValueOrDefault(subnetId)?.Region;

    /// <inheritdoc />
    public string CreateServiceNetworkInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags) =>
        CreateInterface(subnetId, description, requesterId, tags, publicAddress: false);

    /// <inheritdoc />
    public string CreateServicePublicNetworkInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags) =>
        CreateInterface(subnetId, description, requesterId, tags, publicAddress: true);

    private string CreateInterface(string subnetId, string description, string requesterId, IReadOnlyDictionary<string, string> tags, bool publicAddress)
    {
        ArgumentNullException.ThrowIfNull(tags);
        var state = _store.State;
        var subnet = state.Subnets.GetValueOrDefault(subnetId) ?? throw new ArgumentException($"Subnet {subnetId} does not exist", nameof(subnetId));
        var defaultGroup = state.SecurityGroups.Values.Where(g => g.VpcId == subnet.VpcId && g.IsDefault).Select(g => g.Id);
        var eni = _store.NewNetworkInterface(subnet, description, "interface", requesterManaged: true, requesterId, defaultGroup, new Dictionary<string, string>(tags, StringComparer.Ordinal));
        eni.HasPublicAddress = publicAddress;
        return eni.Id;
    }

    /// <inheritdoc />
    public void DeleteServiceResource(string id)
    {
        var state = _store.State;
        state.NetworkInterfaces.Remove(id);
        if (state.SecurityGroups.Remove(id))
        {
            foreach (var group in state.SecurityGroups.Values)
            {
                group.Ingress.RemoveAll(r => r.PeerGroupId == id);
                group.Egress.RemoveAll(r => r.PeerGroupId == id);
            }
        }
    }

    private static string ResourceType(Ec2Record record) => record switch
    {
        NatGatewayRecord => "nat-gateway",
        _ => TagOperations.ResourceType(record),
    };

    private static string ResourceState(Ec2Record record) => record switch
    {
        InternetGatewayRecord g => g.AttachedVpcId is null ? "detached" : "attached",
        AddressRecord a => a.AssociationId is null ? "unassociated" : "associated",
        NatGatewayRecord n => n.State,
        NetworkInterfaceRecord n => n.Status,
        RouteTableRecord t when t.Main => "main",
        _ => "available",
    };
}
