using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Tests.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Workflow.Tests;

/// <summary>
/// One fake account (IAM, EKS, EC2 fakes on a FakeTimeProvider) and one environment request, with a
/// helper that runs the provisioning stages in order the way the state machine would.
/// </summary>
internal sealed class TestWorld
{
    public static readonly DateTimeOffset Start = new(2026, 1, 2, 3, 4, 5, TimeSpan.Zero);

    /// <summary>The default stack's names in the requests' region, as a stage in us-east-1 gets them.</summary>
    public static readonly NameScope Names = NameScope.Default("us-east-1");

    /// <summary>Two zones, one NAT gateway, a node group, a Fargate profile, two add-ons and an admin.</summary>
    public const string FullRequest = """
        {
          "name": "dev",
          "region": "us-east-1",
          "owner": "alice",
          "ttlHours": 8,
          "tags": { "team": "platform" },
          "network": { "availabilityZoneCount": 2, "natGateways": "single" },
          "nodeGroups": [ { "name": "workers", "instanceTypes": ["m5.large"], "minSize": 1, "desiredSize": 2, "maxSize": 3 } ],
          "fargateProfiles": [ { "name": "system", "selectors": [ { "namespace": "kube-system" } ] } ],
          "addons": [ { "name": "vpc-cni" }, { "name": "coredns" } ],
          "access": { "adminPrincipalArns": [ "arn:aws:iam::123456789012:role/admin" ] }
        }
        """;

    /// <param name="provisioning">The provisioning execution's name the resources are tagged with; null tags none.</param>
    public TestWorld(string requestJson = FullRequest, string? provisioning = null)
    {
        Time = new FakeTimeProvider(Start);
        Iam = new FakeIam();
        Eks = new FakeEks(Time);
        Ec2 = new FakeEc2(Time);
        Request = EnvironmentRequests.Parse(requestJson);
        Environment = new EnvironmentInfo(Request.Name, Request.Region, Start, OwnershipTags.ExpiresAt(Request, Start), OwnershipTags.For(Request, Start, provisioning));
    }

    public FakeTimeProvider Time { get; }

    public FakeIam Iam { get; }

    public FakeEks Eks { get; }

    public FakeEc2 Ec2 { get; }

    public EnvironmentRequest Request { get; }

    public EnvironmentInfo Environment { get; }

    public StageInput Input => new(Environment, Request);

    /// <summary>Roles and a finished network (NAT available, private routes in place).</summary>
    public async Task<ResourcesInfo> FoundationAsync(CancellationToken ct)
    {
        var clusterRole = await new CreateClusterRole(Iam, TestWorld.Names).RunAsync(Input, ct);
        var nodeRoles = await new CreateNodeRoles(Iam, TestWorld.Names).RunAsync(Input, ct);
        var network = await new CreateNetwork(Ec2, Time, TestWorld.Names).RunAsync(Input, ct);
        Ec2.MakeNatGatewaysAvailable();
        network = await new CheckNetwork(Ec2, Time, TestWorld.Names).RunAsync(new CheckNetworkInput(Environment, Request, network), ct);
        return new ResourcesInfo(clusterRole, nodeRoles, network, null);
    }

    /// <summary>The foundation plus an ACTIVE cluster.</summary>
    public async Task<ResourcesInfo> ClusterAsync(CancellationToken ct)
    {
        var resources = await FoundationAsync(ct);
        var cluster = await new CreateCluster(Eks, Time, TestWorld.Names).RunAsync(new ClusterStageInput(Environment, Request, resources), ct);
        Eks.ActivateAll();
        cluster = await new CheckCluster(Eks, Time).RunAsync(new CheckClusterInput(Environment, Request, cluster), ct);
        return resources with { Cluster = cluster };
    }

    /// <summary>Everything the request asks for, ACTIVE.</summary>
    public async Task<(ResourcesInfo Resources, CapacityInfo Capacity)> EverythingAsync(CancellationToken ct)
    {
        var resources = await ClusterAsync(ct);
        var nodegroups = new List<WaitedResource>();
        foreach (var spec in Request.NodeGroups)
        {
            nodegroups.Add(await new CreateNodegroup(Eks, Time).RunAsync(new NodegroupInput(Environment, Request, resources, spec), ct));
        }

        var profiles = new List<WaitedResource>();
        foreach (var spec in Request.FargateProfiles)
        {
            profiles.Add(await new CreateFargateProfile(Eks, Time).RunAsync(new FargateProfileInput(Environment, Request, resources, spec), ct));
        }

        var stageInput = new ClusterStageInput(Environment, Request, resources);
        var addons = await new CreateAddons(Eks, Time).RunAsync(stageInput, ct);
        var access = await new CreateAccessEntries(Eks).RunAsync(stageInput, ct);
        Eks.ActivateAll();
        return (resources, new CapacityInfo(
            [.. nodegroups.Select(n => n with { Status = "ACTIVE", Done = true })],
            [.. profiles.Select(p => p with { Status = "ACTIVE", Done = true })],
            addons with { Done = true },
            access));
    }
}
