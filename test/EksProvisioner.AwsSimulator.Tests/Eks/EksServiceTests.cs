using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Eks;

public sealed class EksServiceTests
{
    private static string Status(Reply reply, string shape) => reply.Json[shape]!["status"]!.GetValue<string>();

    [Fact]
    public async Task CreateCluster_ClockPassesCreateDuration_GoesCreatingToActive()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);

        var created = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));
        Assert.Equal("CREATING", Status(created, "cluster"));
        Assert.Null(created.Json["cluster"]!["endpoint"]);
        await sim.Client.AdvanceAsync(599);
        Assert.Equal("CREATING", Status(await sim.Client.RestAsync(HttpMethod.Get, "/clusters/c1"), "cluster"));
        await sim.Client.AdvanceAsync(1);
        var active = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/c1");

        Assert.Equal("ACTIVE", Status(active, "cluster"));
        Assert.StartsWith("https://", active.Json["cluster"]!["endpoint"]!.GetValue<string>());
        Assert.Equal("vpc-1", active.Json["cluster"]!["resourcesVpcConfig"]!["vpcId"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateCluster_RoleYoungerThanPropagation_InvalidParameterWithAwsWording()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "young");

        var early = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));
        await sim.Client.AdvanceAsync(10);
        var later = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));

        Assert.Equal(HttpStatusCode.BadRequest, early.Status);
        Assert.Equal("InvalidParameterException", early.ErrorCode);
        Assert.Equal($"Role with arn: {role} could not be assumed because it does not exist or the trusted entity is not correct", early.Json["message"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, later.Status);
    }

    [Fact]
    public async Task DeleteCluster_WithNodegroup_ResourceInUseThenGoneAfterDeletes()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        Assert.Equal(HttpStatusCode.OK, (await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", role))).Status);

        var refused = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo");
        await sim.Client.AdvanceAsync(240);
        var deleting = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo/node-groups/ng");
        await sim.Client.AdvanceAsync(300);
        var deleted = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo");
        Assert.NotEmpty(sim.Network!.Created);
        await sim.Client.AdvanceAsync(360);
        var gone = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo");

        Assert.Equal(HttpStatusCode.Conflict, refused.Status);
        Assert.Equal("ResourceInUseException", refused.ErrorCode);
        Assert.Equal("DELETING", Status(deleting, "nodegroup"));
        Assert.Equal("DELETING", Status(deleted, "cluster"));
        Assert.Equal("ResourceNotFoundException", gone.ErrorCode);
        Assert.Empty(sim.Network!.Created);
    }

    [Fact]
    public async Task CreateNodegroup_ClusterCreating_InvalidRequest()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));

        var reply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/c1/node-groups", Steps.NodegroupBody("ng", role));

        Assert.Equal("InvalidRequestException", reply.ErrorCode);
    }

    [Fact]
    public async Task DeleteFargateProfile_AnotherDeleting_ResourceInUse()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        foreach (var name in new[] { "fp1", "fp2" })
        {
            var body = new JsonObject { ["fargateProfileName"] = name, ["podExecutionRoleArn"] = role, ["selectors"] = new JsonArray(new JsonObject { ["namespace"] = name }) };
            Assert.Equal(HttpStatusCode.OK, (await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/fargate-profiles", body)).Status);
        }

        await sim.Client.AdvanceAsync(120);
        var first = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo/fargate-profiles/fp1");
        var second = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo/fargate-profiles/fp2");
        await sim.Client.AdvanceAsync(120);
        var after = await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo/fargate-profiles/fp2");

        Assert.Equal("DELETING", Status(first, "fargateProfile"));
        Assert.Equal("ResourceInUseException", second.ErrorCode);
        Assert.Equal("DELETING", Status(after, "fargateProfile"));
    }

    [Fact]
    public async Task CreateCluster_SameTokenSameParameters_ReturnsSameCluster()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);

        var first = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role, "tok-1"));
        var retry = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role, "tok-1"));
        var otherToken = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role, "tok-2"));
        var changed = Steps.ClusterBody("c1", role, "tok-1");
        changed["version"] = "1.31";
        var mismatch = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", changed);

        Assert.Equal(HttpStatusCode.OK, retry.Status);
        Assert.Equal(first.Json["cluster"]!["id"]!.GetValue<string>(), retry.Json["cluster"]!["id"]!.GetValue<string>());
        Assert.Equal("ResourceInUseException", otherToken.ErrorCode);
        Assert.Equal("InvalidRequestException", mismatch.ErrorCode);
    }

    [Fact]
    public async Task CreateCluster_QuotaReached_ResourceLimitExceeded()
    {
        await using var sim = await Sim.StartAsync(new AwsSimulatorOptions { Quotas = new SimulatorQuotas { EksClustersPerRegion = 1 } });
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);

        await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));
        var second = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c2", role));

        Assert.Equal(HttpStatusCode.BadRequest, second.Status);
        Assert.Equal("ResourceLimitExceededException", second.ErrorCode);
    }

    [Fact]
    public async Task CreateNodegroup_QuotaReached_ResourceLimitExceeded()
    {
        await using var sim = await Sim.StartAsync(new AwsSimulatorOptions { Quotas = new SimulatorQuotas { NodegroupsPerCluster = 1 } });
        var role = await Steps.ActiveClusterAsync(sim);

        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng1", role));
        var second = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng2", role));

        Assert.Equal("ResourceLimitExceededException", second.ErrorCode);
    }

    [Fact]
    public async Task CreateCluster_SubnetsInOneZoneOrMissing_InvalidParameter()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);
        var oneZone = Steps.ClusterBody("c1", role);
        oneZone["resourcesVpcConfig"] = new JsonObject { ["subnetIds"] = new JsonArray("subnet-a") };
        var missing = Steps.ClusterBody("c2", role);
        missing["resourcesVpcConfig"] = new JsonObject { ["subnetIds"] = new JsonArray("subnet-a", "subnet-zzz") };

        var zoneReply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", oneZone);
        var missingReply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", missing);

        Assert.Equal("InvalidParameterException", zoneReply.ErrorCode);
        Assert.Contains("subnet-zzz", missingReply.Json["message"]!.GetValue<string>());
    }

    [Fact]
    public async Task CreateAddon_ClockPassesAddonDuration_GoesActive()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);

        var created = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/addons", new JsonObject { ["addonName"] = "vpc-cni" });
        await sim.Client.AdvanceAsync(60);
        var described = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/addons/vpc-cni");
        var list = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/addons");

        Assert.Equal("CREATING", Status(created, "addon"));
        Assert.Equal("ACTIVE", Status(described, "addon"));
        Assert.Equal("vpc-cni", list.Json["addons"]![0]!.GetValue<string>());
    }

    [Fact]
    public async Task AccessEntry_CreateAssociateDescribeDelete_RoundTrips()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        var encoded = Uri.EscapeDataString(role);

        var created = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/access-entries", new JsonObject { ["principalArn"] = role });
        var associated = await sim.Client.RestAsync(
            HttpMethod.Post,
            $"/clusters/demo/access-entries/{encoded}/access-policies",
            new JsonObject
            {
                ["policyArn"] = "arn:aws:eks::aws:cluster-access-policy/AmazonEKSClusterAdminPolicy",
                ["accessScope"] = new JsonObject { ["type"] = "cluster" },
            });
        var described = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/access-entries/{encoded}");
        var deleted = await sim.Client.RestAsync(HttpMethod.Delete, $"/clusters/demo/access-entries/{encoded}");
        var again = await sim.Client.RestAsync(HttpMethod.Get, $"/clusters/demo/access-entries/{encoded}");

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("cluster", associated.Json["associatedAccessPolicy"]!["accessScope"]!["type"]!.GetValue<string>());
        Assert.Equal(role, described.Json["accessEntry"]!["principalArn"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal("ResourceNotFoundException", again.ErrorCode);
    }

    [Fact]
    public async Task CreateAccessEntry_ConfigMapCluster_InvalidRequest()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);
        var body = Steps.ClusterBody("c1", role);
        body.Remove("accessConfig");
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters", body);
        await sim.Client.AdvanceAsync(600);

        var reply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/c1/access-entries", new JsonObject { ["principalArn"] = role });

        Assert.Equal("InvalidRequestException", reply.ErrorCode);
    }

    [Fact]
    public async Task UpdateNodegroupConfig_Active_AppliesScaling()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", role));
        var scaling = new JsonObject { ["scalingConfig"] = new JsonObject { ["desiredSize"] = 3 } };

        var tooEarly = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-config", scaling.DeepClone());
        await sim.Client.AdvanceAsync(240);
        var update = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups/ng/update-config", scaling);
        var described = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");

        Assert.Equal("ResourceInUseException", tooEarly.ErrorCode);
        Assert.Equal("InProgress", update.Json["update"]!["status"]!.GetValue<string>());
        Assert.Equal(3, described.Json["nodegroup"]!["scalingConfig"]!["desiredSize"]!.GetValue<int>());
    }

    [Fact]
    public async Task TagResource_ClusterArn_ListTagsShowsMerged()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);
        var arn = (await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo")).Json["cluster"]!["arn"]!.GetValue<string>();
        var path = "/tags/" + Uri.EscapeDataString(arn);

        await sim.Client.RestAsync(HttpMethod.Post, path, new JsonObject { ["tags"] = new JsonObject { ["team"] = "a" } });
        var tags = (await sim.Client.RestAsync(HttpMethod.Get, path)).Json["tags"]!;

        Assert.Equal("a", tags["team"]!.GetValue<string>());
        Assert.Equal("test", tags["eksprov:environment"]!.GetValue<string>());
    }

    [Fact]
    public async Task ListClusters_MaxResults_PagesWithNextToken()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);
        foreach (var name in new[] { "a", "b", "c" })
        {
            await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody(name, role));
        }

        var first = await sim.Client.RestAsync(HttpMethod.Get, "/clusters?maxResults=2");
        var token = first.Json["nextToken"]!.GetValue<string>();
        var second = await sim.Client.RestAsync(HttpMethod.Get, "/clusters?maxResults=2&nextToken=" + token);

        Assert.Equal(2, first.Json["clusters"]!.AsArray().Count);
        Assert.Equal("c", second.Json["clusters"]![0]!.GetValue<string>());
        Assert.Null(second.Json["nextToken"]);
    }

    [Fact]
    public async Task CreateNodegroup_YoungNodeRole_InvalidParameterUntilPropagated()
    {
        await using var sim = await Sim.StartAsync();
        await Steps.ActiveClusterAsync(sim);
        var nodeRole = await Steps.CreateRoleAsync(sim.Client, "node-role");

        var early = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", nodeRole));
        await sim.Client.AdvanceAsync(10);
        var later = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", nodeRole));

        Assert.Equal("InvalidParameterException", early.ErrorCode);
        Assert.Contains("could not be assumed", early.Json["message"]!.GetValue<string>());
        Assert.Equal("CREATING", Status(later, "nodegroup"));
    }

    [Fact]
    public async Task Nodegroup_CreateThenDelete_ActiveThenDeletingThenNotFound()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", Steps.NodegroupBody("ng", role));

        await sim.Client.AdvanceAsync(240);
        var active = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        await sim.Client.RestAsync(HttpMethod.Delete, "/clusters/demo/node-groups/ng");
        await sim.Client.AdvanceAsync(299);
        var deleting = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        await sim.Client.AdvanceAsync(1);
        var gone = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups/ng");
        var list = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/demo/node-groups");

        Assert.Equal("ACTIVE", Status(active, "nodegroup"));
        Assert.NotEmpty(active.Json["nodegroup"]!["resources"]!["autoScalingGroups"]!.AsArray());
        Assert.Equal("DELETING", Status(deleting, "nodegroup"));
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("ResourceNotFoundException", gone.ErrorCode);
        Assert.Empty(list.Json["nodegroups"]!.AsArray());
    }

    [Fact]
    public async Task CreateCluster_JitteredLatencyModel_ActiveWithinSpreadReproducibly()
    {
        var latency = new Contracts.LatencyModel { ClusterCreateSeconds = 100, JitterFraction = 0.5, Seed = 3 };
        var readyTimes = new List<int>();
        foreach (var _ in Enumerable.Range(0, 2))
        {
            await using var sim = await Sim.StartAsync(new AwsSimulatorOptions { Latency = latency });
            var role = await Steps.CreateRoleAsync(sim.Client, "r");
            await sim.Client.AdvanceAsync(30);
            await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role));
            var waited = 0;
            while (Status(await sim.Client.RestAsync(HttpMethod.Get, "/clusters/c1"), "cluster") == "CREATING")
            {
                await sim.Client.AdvanceAsync(1);
                waited++;
            }

            readyTimes.Add(waited);
        }

        Assert.InRange(readyTimes[0], 50, 150);
        Assert.Equal(readyTimes[0], readyTimes[1]);
    }
}
