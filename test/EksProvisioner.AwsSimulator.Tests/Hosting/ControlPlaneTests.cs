using System.Net;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Hosting;

public sealed class ControlPlaneTests
{
    [Fact]
    public async Task ClockAdvance_Seconds_MovesSharedClockAndFiresItsTimers()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var fired = false;
        using var timer = sim.Clock.Schedule(VirtualClock.DefaultStart.AddSeconds(90), () => fired = true);

        var advanced = await sim.Client.AdvanceAsync(90);
        var clock = await sim.Client.ControlAsync(HttpMethod.Get, "/_simulator/clock");

        Assert.True(fired);
        Assert.Equal(VirtualClock.DefaultStart.AddSeconds(90), sim.Clock.GetUtcNow());
        Assert.Equal(advanced.Json["now"]!.GetValue<string>(), clock.Json["now"]!.GetValue<string>());
        Assert.Equal("virtual", clock.Json["mode"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("{\"seconds\": -1}")]
    [InlineData("{}")]
    [InlineData("nonsense")]
    public async Task ClockAdvance_InvalidBody_BadRequestAndClockUnchanged(string body)
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await sim.Client.ControlAsync(HttpMethod.Post, "/_simulator/clock/advance", body);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(VirtualClock.DefaultStart, sim.Clock.GetUtcNow());
    }

    [Fact]
    public async Task Resources_TagFilter_ListsOnlyTaggedLiveResources()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);
        await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "tagged"), ("AssumeRolePolicyDocument", Steps.TrustPolicy), ("Tags.member.1.Key", "eksprov:environment"), ("Tags.member.1.Value", "test"));

        var all = await sim.Client.ResourcesAsync();
        var tagged = await sim.Client.ResourcesAsync("eksprov:environment=test");
        var other = await sim.Client.ResourcesAsync("eksprov:environment=prod");

        Assert.Contains(all, r => r!["type"]!.GetValue<string>() == "network-interface");
        Assert.Equal(["eks/cluster/demo/ACTIVE", "iam/role/tagged/available"], tagged.Select(r => $"{r!["service"]}/{r["type"]}/{r["id"]}/{r["state"]}").Order());
        Assert.Empty(other);
    }

    [Fact]
    public async Task Resources_ClusterDeletionDue_InterfacesGoneWithoutAskingEks()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);
        await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo");

        await sim.Client.AdvanceAsync(360);
        var resources = await sim.Client.ResourcesAsync();

        Assert.DoesNotContain(resources, r => r!["service"]!.GetValue<string>() != "iam");
        Assert.Empty(sim.Network!.Created);
    }

    [Fact]
    public async Task Reset_ForgetsResourcesAndFaults()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.ControlAsync(HttpMethod.Put, "/_simulator/faults", """{"rules": [{"service": "iam", "latencySeconds": 1}]}""");

        var reset = await sim.Client.ControlAsync(HttpMethod.Post, "/_simulator/reset");
        var resources = await sim.Client.ResourcesAsync();
        var faults = await sim.Client.ControlAsync(HttpMethod.Get, "/_simulator/faults");

        Assert.Equal(HttpStatusCode.OK, reset.Status);
        Assert.Empty(resources);
        Assert.Empty(faults.Json["rules"]!.AsArray());
    }

    [Fact]
    public async Task UnknownEndpoint_NotFound()
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await sim.Client.ControlAsync(HttpMethod.Get, "/_simulator/nothing");

        Assert.Equal(HttpStatusCode.NotFound, reply.Status);
    }

    [Fact]
    public async Task ClockAdvance_RealtimeClock_ConflictAndClockFollowsWall()
    {
        var wall = new Microsoft.Extensions.Time.Testing.FakeTimeProvider(VirtualClock.DefaultStart);
        var clock = ClockMode.Parse("realtime:10").CreateClock(wall, VirtualClock.DefaultStart);
        await using var simulator = await AwsSimulator.StartAsync(new AwsSimulatorOptions { Clock = clock }, TestContext.Current.CancellationToken);
        using var client = new SimClient(simulator.Endpoint);

        var refused = await client.AdvanceAsync(60);
        wall.Advance(TimeSpan.FromSeconds(6));
        var now = await client.ControlAsync(HttpMethod.Get, "/_simulator/clock");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("realtime", now.Json["mode"]!.GetValue<string>());
        Assert.Equal(VirtualClock.DefaultStart.AddMinutes(1), DateTimeOffset.Parse(now.Json["now"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
    }
}
