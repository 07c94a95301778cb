using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Eks;

/// <summary>EKS updates on the virtual clock (EksRules.Updates and EksRules.SettleUpdates).</summary>
public sealed class EksUpdatesTests
{
    private static string Field(Reply reply, string shape, string field) => reply.Json[shape]![field]!.GetValue<string>();

    private static async Task<string> ActiveNodegroupAsync(Sim sim, string version)
    {
        var role = await Steps.ActiveClusterAsync(sim, version: version);
        Assert.Equal(HttpStatusCode.OK, (await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", role))).Status);
        await sim.Client.AdvanceAsync(240);
        return role;
    }

    [Fact]
    public async Task UpdateClusterVersion_NextMinor_UpdatingThenSuccessfulWithNewVersion()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim, version: "1.32");

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/updates", new JsonObject { ["version"] = "1.33" });
        var id = Field(started, "update", "id");
        var during = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo");
        var second = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/updates", new JsonObject { ["version"] = "1.34" });
        await sim.Client.AdvanceAsync(720);
        var done = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{id}");
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo");
        var listed = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/updates");

        Assert.Equal("InProgress", Field(started, "update", "status"));
        Assert.Equal("VersionUpdate", Field(started, "update", "type"));
        Assert.Equal("UPDATING", Field(during, "cluster", "status"));
        Assert.Equal("1.32", Field(during, "cluster", "version"));
        Assert.Equal("ResourceInUseException", second.ErrorCode);
        Assert.Equal("Successful", Field(done, "update", "status"));
        Assert.Equal("ACTIVE", Field(after, "cluster", "status"));
        Assert.Equal("1.33", Field(after, "cluster", "version"));
        Assert.Equal(id, listed.Json["updateIds"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("1.34")]
    [InlineData("1.31")]
    [InlineData("1.32")]
    public async Task UpdateClusterVersion_NotNextMinor_InvalidParameter(string version)
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim, version: "1.32");

        var reply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/updates", new JsonObject { ["version"] = version });

        Assert.Equal("InvalidParameterException", reply.ErrorCode);
        Assert.Contains("from 1.32 to " + version, reply.Json["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpdateNodegroupVersion_AfterClusterUpgrade_ReleaseVersionFollowsKubernetesVersion()
    {
        await using var sim = await Sim.StartAsync();
        await ActiveNodegroupAsync(sim, "1.32");
        var tooNew = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-version", new JsonObject { ["version"] = "1.33" });
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/updates", new JsonObject { ["version"] = "1.33" });
        await sim.Client.AdvanceAsync(720);

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-version", new JsonObject());
        var id = Field(started, "update", "id");
        var during = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        var withoutNodegroup = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{id}");
        await sim.Client.AdvanceAsync(480);
        var done = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{id}?nodegroupName=ng");
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        var listed = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/updates?nodegroupName=ng");

        Assert.Equal("InvalidParameterException", tooNew.ErrorCode);
        Assert.Equal("UPDATING", Field(during, "nodegroup", "status"));
        Assert.Equal("1.32", Field(during, "nodegroup", "version"));
        Assert.Equal("ResourceNotFoundException", withoutNodegroup.ErrorCode);
        Assert.Equal("Successful", Field(done, "update", "status"));
        Assert.Equal("1.33", Field(after, "nodegroup", "version"));
        Assert.Equal("1.33.0-20260101", Field(after, "nodegroup", "releaseVersion"));
        Assert.Equal([id], listed.Json["updateIds"]!.AsArray().Select(n => n!.GetValue<string>()));
    }

    [Fact]
    public async Task UpdateNodegroupConfig_ScaleUp_NodesJoinGraduallyAndLabelsApplyAtEnd()
    {
        await using var sim = await Sim.StartAsync();
        await ActiveNodegroupAsync(sim, "1.34");
        var body = new JsonObject
        {
            ["scalingConfig"] = new JsonObject { ["minSize"] = 1, ["maxSize"] = 8, ["desiredSize"] = 6 },
            ["labels"] = new JsonObject { ["addOrUpdateLabels"] = new JsonObject { ["team"] = "a" } },
            ["taints"] = new JsonObject { ["addOrUpdateTaints"] = new JsonArray(new JsonObject { ["key"] = "gpu", ["value"] = "true", ["effect"] = "NO_SCHEDULE" }) },
        };

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-config", body);
        var busy = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-config", body);
        var nodes = new List<int> { await RunningNodesAsync(sim) };
        await sim.Client.AdvanceAsync(45);
        nodes.Add(await RunningNodesAsync(sim));
        await sim.Client.AdvanceAsync(44);
        var before = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        await sim.Client.AdvanceAsync(1);
        nodes.Add(await RunningNodesAsync(sim));
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");

        Assert.Equal("ConfigUpdate", Field(started, "update", "type"));
        Assert.Contains(started.Json["update"]!["params"]!.AsArray(), p => p!["type"]!.GetValue<string>() == "DesiredSize" && p["value"]!.GetValue<string>() == "6");
        Assert.Equal("ResourceInUseException", busy.ErrorCode);
        Assert.Equal([2, 4, 6], nodes);
        Assert.Equal(6, before.Json["nodegroup"]!["scalingConfig"]!["desiredSize"]!.GetValue<int>());
        Assert.Null(before.Json["nodegroup"]!["labels"]!["team"]);
        Assert.Equal("a", after.Json["nodegroup"]!["labels"]!["team"]!.GetValue<string>());
        Assert.Equal("gpu", after.Json["nodegroup"]!["taints"]![0]!["key"]!.GetValue<string>());
    }

    [Fact]
    public async Task UpdateNodegroupVersion_FailUpdateFault_FailedWithErrorAndVersionKept()
    {
        await using var sim = await Sim.StartAsync();
        await ActiveNodegroupAsync(sim, "1.33");
        await sim.Client.ControlAsync(HttpMethod.Put, "/_simulator/faults", """{"rules": [{"service": "eks", "operation": "UpdateNodegroupVersion", "failUpdate": {"code": "NodeCreationFailure", "message": "Instances failed to join the kubernetes cluster"}}]}""");
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/updates", new JsonObject { ["version"] = "1.34" });
        await sim.Client.AdvanceAsync(720);

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-version", new JsonObject { ["version"] = "1.34" });
        var running = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{Field(started, "update", "id")}?nodegroupName=ng");
        await sim.Client.AdvanceAsync(480);
        var failed = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{Field(started, "update", "id")}?nodegroupName=ng");
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");

        Assert.Equal(HttpStatusCode.OK, started.Status);
        Assert.Empty(running.Json["update"]!["errors"]!.AsArray());
        Assert.Equal("Failed", Field(failed, "update", "status"));
        Assert.Equal("NodeCreationFailure", failed.Json["update"]!["errors"]![0]!["errorCode"]!.GetValue<string>());
        Assert.Equal("ACTIVE", Field(after, "nodegroup", "status"));
        Assert.Equal("1.33", Field(after, "nodegroup", "version"));
    }

    [Fact]
    public async Task UpdateNodegroupConfig_FailUpdateFault_SizesRevertAndNodesStay()
    {
        await using var sim = await Sim.StartAsync();
        await ActiveNodegroupAsync(sim, "1.34");
        await sim.Client.ControlAsync(HttpMethod.Put, "/_simulator/faults", """{"rules": [{"service": "eks", "operation": "UpdateNodegroupConfig", "failUpdate": {"code": "NodeCreationFailure"}}]}""");

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-config", new JsonObject { ["scalingConfig"] = new JsonObject { ["desiredSize"] = 3 } });
        await sim.Client.AdvanceAsync(45);
        var midway = await RunningNodesAsync(sim);
        await sim.Client.AdvanceAsync(45);
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");

        Assert.Equal("InProgress", Field(started, "update", "status"));
        Assert.Equal(2, midway);
        Assert.Equal(2, after.Json["nodegroup"]!["scalingConfig"]!["desiredSize"]!.GetValue<int>());
        Assert.Equal(2, await RunningNodesAsync(sim));
    }

    [Fact]
    public async Task UpdateAddon_NewVersion_AddonUpdatingThenNewVersion()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/addons", new JsonObject { ["addonName"] = "coredns" });
        await sim.Client.AdvanceAsync(60);

        var started = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/addons/coredns/update", new JsonObject { ["addonVersion"] = "v1.12.5-eksbuild.1" });
        var during = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/addons/coredns");
        await sim.Client.AdvanceAsync(45);
        var done = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/updates/{Field(started, "update", "id")}?addonName=coredns");
        var after = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/addons/coredns");

        Assert.Equal("AddonUpdate", Field(started, "update", "type"));
        Assert.Equal("UPDATING", Field(during, "addon", "status"));
        Assert.Equal("Successful", Field(done, "update", "status"));
        Assert.Equal("v1.12.5-eksbuild.1", Field(after, "addon", "addonVersion"));
    }

    private static Task<int> RunningNodesAsync(Sim sim) => sim.Simulator.RunningNodesAsync("us-east-1", "demo", "ng", TestContext.Current.CancellationToken);
}
