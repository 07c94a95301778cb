using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// Simulated EKS over REST-JSON: routes (<see cref="EksRoutes"/>) and wire shapes (<see cref="EksJson"/>)
/// here, state and rules in <see cref="EksRules"/>, errors in <see cref="EksErrors"/>.
/// </summary>
internal sealed class EksService(EksRules rules, TimeProvider clock) : ISimulatedService, Hosting.IDueTransitions
{
    public string SigningName => "eks";

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        rules.Settle();
        var route = EksRoutes.Match(request.Method, request.Path)
            ?? throw EksErrors.BadRequest($"No EKS operation matches {request.Method} {request.Path}");
        var p = route.Parameters;
        var r = request.Region;
        var now = clock.GetUtcNow();
        JsonObject Body() => EksBody.Parse(request.Body);
        JsonObject result = route.Operation switch
        {
            "CreateCluster" => new() { ["cluster"] = EksJson.Cluster(rules.CreateCluster(r, Body()), now, r) },
            "DescribeCluster" => new() { ["cluster"] = EksJson.Cluster(rules.Cluster(r, p[0]), now, r) },
            "DeleteCluster" => new() { ["cluster"] = EksJson.Cluster(rules.DeleteCluster(r, p[0]), now, r) },
            "ListClusters" => Page("clusters", rules.ClusterNames(r), request.Query),
            "CreateNodegroup" => new() { ["nodegroup"] = EksJson.Nodegroup(rules.CreateNodegroup(r, p[0], Body()), now) },
            "DescribeNodegroup" => new() { ["nodegroup"] = EksJson.Nodegroup(rules.Nodegroup(r, p[0], p[1]), now) },
            "DeleteNodegroup" => new() { ["nodegroup"] = EksJson.Nodegroup(rules.DeleteNodegroup(r, p[0], p[1]), now) },
            "ListNodegroups" => Page("nodegroups", [.. rules.Cluster(r, p[0]).Nodegroups.Keys], request.Query),
            "UpdateNodegroupConfig" => Update(rules.UpdateNodegroupConfig(r, p[0], p[1], Body()), now),
            "CreateFargateProfile" => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.CreateFargateProfile(r, p[0], Body()), now) },
            "DescribeFargateProfile" => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.FargateProfile(r, p[0], p[1]), now) },
            "DeleteFargateProfile" => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.DeleteFargateProfile(r, p[0], p[1]), now) },
            "ListFargateProfiles" => Page("fargateProfileNames", [.. rules.Cluster(r, p[0]).FargateProfiles.Keys], request.Query),
            "CreateAddon" => new() { ["addon"] = EksJson.Addon(rules.CreateAddon(r, p[0], Body()), now) },
            "DescribeAddon" => new() { ["addon"] = EksJson.Addon(rules.Addon(r, p[0], p[1]), now) },
            "DeleteAddon" => new() { ["addon"] = EksJson.Addon(rules.DeleteAddon(r, p[0], p[1]), now) },
            "ListAddons" => Page("addons", [.. rules.Cluster(r, p[0]).Addons.Keys], request.Query),
            "CreateAccessEntry" => new() { ["accessEntry"] = EksJson.AccessEntry(rules.CreateAccessEntry(r, p[0], Body())) },
            "DescribeAccessEntry" => new() { ["accessEntry"] = EksJson.AccessEntry(rules.AccessEntry(r, p[0], p[1])) },
            "DeleteAccessEntry" => DeleteAccessEntry(r, p[0], p[1]),
            "ListAccessEntries" => Page("accessEntries", [.. rules.Cluster(r, p[0]).AccessEntries.Keys], request.Query),
            "AssociateAccessPolicy" => new()
            {
                ["clusterName"] = p[0],
                ["principalArn"] = p[1],
                ["associatedAccessPolicy"] = rules.AssociateAccessPolicy(r, p[0], p[1], Body()),
            },
            "TagResource" => TagResource(p[0], Body()),
            "ListTagsForResource" => new() { ["tags"] = EksJson.Tags(rules.TagsOf(p[0])) },
            "UntagResource" => UntagResource(p[0], request.Query),
            _ => throw EksErrors.BadRequest($"Operation {route.Operation} is not simulated"),
        };
        return new SimulatedResponse(200, "application/json", result.ToJsonString(), new Dictionary<string, string> { ["x-amzn-RequestId"] = request.RequestId });
    }

    public void ApplyDue() => rules.Settle();

    public IEnumerable<SimulatedResource> Resources()
    {
        rules.Settle();
        var now = clock.GetUtcNow();
        var list = new List<SimulatedResource>();
        foreach (var cluster in rules.Regions.Values.SelectMany(region => region.Clusters.Values))
        {
            list.Add(new("eks", "cluster", cluster.Name, Status(cluster.Life.PhaseAt(now)), cluster.Tags));
            list.AddRange(cluster.Nodegroups.Values.Select(n => new SimulatedResource("eks", "nodegroup", $"{cluster.Name}/{n.Name}", Status(n.Life.PhaseAt(now)), n.Tags)));
            list.AddRange(cluster.FargateProfiles.Values.Select(f => new SimulatedResource("eks", "fargateprofile", $"{cluster.Name}/{f.Name}", Status(f.Life.PhaseAt(now)), f.Tags)));
            list.AddRange(cluster.Addons.Values.Select(a => new SimulatedResource("eks", "addon", $"{cluster.Name}/{a.Name}", Status(a.Life.PhaseAt(now)), a.Tags)));
            list.AddRange(cluster.AccessEntries.Values.Select(e => new SimulatedResource("eks", "access-entry", $"{cluster.Name}/{e.PrincipalArn}", "ACTIVE", e.Tags)));
        }

        return list;
    }

    public JsonNode SaveState() => JsonSerializer.SerializeToNode(rules.Regions)!;

    public void LoadState(JsonNode state) =>
        rules.Regions = state.Deserialize<SortedDictionary<string, EksRegion>>() ?? new SortedDictionary<string, EksRegion>(StringComparer.Ordinal);

    public void Reset() => rules.Regions = new SortedDictionary<string, EksRegion>(StringComparer.Ordinal);

    private static string Status(Phase phase) => phase switch
    {
        Phase.Creating => "CREATING",
        Phase.Active => "ACTIVE",
        _ => "DELETING",
    };

    private JsonObject DeleteAccessEntry(string region, string cluster, string principal)
    {
        rules.DeleteAccessEntry(region, cluster, principal);
        return [];
    }

    private JsonObject TagResource(string arn, JsonObject body)
    {
        var tags = rules.TagsOf(arn);
        foreach (var (key, value) in EksBody.Tags(body))
        {
            tags[key] = value;
        }

        return [];
    }

    private JsonObject UntagResource(string arn, IReadOnlyDictionary<string, string> query)
    {
        var tags = rules.TagsOf(arn);
        foreach (var key in (query.GetValueOrDefault("tagKeys") ?? string.Empty).Split(',', StringSplitOptions.RemoveEmptyEntries))
        {
            tags.Remove(key);
        }

        return [];
    }

    private static JsonObject Update((EksNodegroup Nodegroup, string UpdateId) update, DateTimeOffset now) => new()
    {
        ["update"] = new JsonObject
        {
            ["id"] = update.UpdateId,
            ["status"] = "InProgress",
            ["type"] = "ConfigUpdate",
            ["params"] = new JsonArray(
                new JsonObject { ["type"] = "MinSize", ["value"] = update.Nodegroup.MinSize.ToString(CultureInfo.InvariantCulture) },
                new JsonObject { ["type"] = "MaxSize", ["value"] = update.Nodegroup.MaxSize.ToString(CultureInfo.InvariantCulture) },
                new JsonObject { ["type"] = "DesiredSize", ["value"] = update.Nodegroup.DesiredSize.ToString(CultureInfo.InvariantCulture) }),
            ["createdAt"] = EksJson.Epoch(now),
            ["errors"] = new JsonArray(),
        },
    };

    /// <summary>List pagination: maxResults (default 100) with an opaque nextToken (the offset here).</summary>
    private static JsonObject Page(string field, IReadOnlyList<string> names, IReadOnlyDictionary<string, string> query)
    {
        var max = query.TryGetValue("maxResults", out var m) && int.TryParse(m, CultureInfo.InvariantCulture, out var parsed) ? parsed : 100;
        if (max is < 1 or > 100)
        {
            throw EksErrors.InvalidParameter("maxResults must be between 1 and 100");
        }

        var offset = query.TryGetValue("nextToken", out var t) && int.TryParse(t, CultureInfo.InvariantCulture, out var o) ? o : 0;
        var page = names.Skip(offset).Take(max).ToList();
        var json = new JsonObject { [field] = EksJson.Strings(page) };
        if (offset + page.Count < names.Count)
        {
            json["nextToken"] = (offset + page.Count).ToString(CultureInfo.InvariantCulture);
        }

        return json;
    }
}
