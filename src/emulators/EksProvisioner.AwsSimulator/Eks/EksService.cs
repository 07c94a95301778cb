using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.Eks;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Tagging;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// Simulated EKS over REST-JSON: routes from the table the client sends with (<see cref="EksOperations"/>) and wire shapes (<see cref="EksJson"/>)
/// here, state and rules in <see cref="EksRules"/>, errors in <see cref="EksErrors"/>.
/// </summary>
internal sealed class EksService(EksRules rules, TimeProvider clock) : ISimulatedService, Hosting.IDueTransitions, ITaggedResources
{
    public string SigningName => "eks";

    /// <summary>The state and rules, which the clusters' Kubernetes APIs read.</summary>
    public EksRules Rules => rules;

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        rules.Settle();
        var (operation, p) = EksOperations.Table.Match(request.Method, request.Path)
            ?? throw EksErrors.BadRequest($"No EKS operation matches {request.Method} {request.Path}");
        var r = request.Region;
        var now = clock.GetUtcNow();
        JsonObject Body() => EksBody.Parse(request.Body);
        JsonObject result = operation.Name switch
        {
            nameof(EksOperations.CreateCluster) => new() { ["cluster"] = EksJson.Cluster(rules.CreateCluster(r, Body(), Hosting.CredentialScope.FromAuthorization(request.Headers.GetValueOrDefault("Authorization"))?.AccessKeyId), now, r) },
            nameof(EksOperations.DescribeCluster) => new() { ["cluster"] = EksJson.Cluster(rules.Cluster(r, p[0]), now, r) },
            nameof(EksOperations.DeleteCluster) => new() { ["cluster"] = EksJson.Cluster(rules.DeleteCluster(r, p[0]), now, r) },
            nameof(EksOperations.ListClusters) => EksPaging.Page("clusters", rules.ClusterNames(r), request.Query),
            nameof(EksOperations.CreateNodegroup) => new() { ["nodegroup"] = EksJson.Nodegroup(rules.CreateNodegroup(r, p[0], Body()), now) },
            nameof(EksOperations.DescribeNodegroup) => new() { ["nodegroup"] = EksJson.Nodegroup(rules.Nodegroup(r, p[0], p[1]), now) },
            nameof(EksOperations.DeleteNodegroup) => new() { ["nodegroup"] = EksJson.Nodegroup(rules.DeleteNodegroup(r, p[0], p[1]), now) },
            nameof(EksOperations.ListNodegroups) => EksPaging.Page("nodegroups", [.. rules.Cluster(r, p[0]).Nodegroups.Keys], request.Query),
            nameof(EksOperations.UpdateClusterVersion) => Update(rules.UpdateClusterVersion(r, p[0], Body(), request.FailUpdate), now),
            nameof(EksOperations.UpdateNodegroupConfig) => Update(rules.UpdateNodegroupConfig(r, p[0], p[1], Body(), request.FailUpdate), now),
            nameof(EksOperations.UpdateNodegroupVersion) => Update(rules.UpdateNodegroupVersion(r, p[0], p[1], Body(), request.FailUpdate), now),
            nameof(EksOperations.UpdateAddon) => Update(rules.UpdateAddon(r, p[0], p[1], Body(), request.FailUpdate), now),
            nameof(EksOperations.DescribeUpdate) => Update(rules.Update(r, p[0], p[1], request.Query.GetValueOrDefault("nodegroupName"), request.Query.GetValueOrDefault("addonName")), now),
            nameof(EksOperations.ListUpdates) => EksPaging.Page("updateIds", rules.UpdateIds(r, p[0], request.Query.GetValueOrDefault("nodegroupName"), request.Query.GetValueOrDefault("addonName")), request.Query),
            nameof(EksOperations.CreateFargateProfile) => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.CreateFargateProfile(r, p[0], Body()), now) },
            nameof(EksOperations.DescribeFargateProfile) => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.FargateProfile(r, p[0], p[1]), now) },
            nameof(EksOperations.DeleteFargateProfile) => new() { ["fargateProfile"] = EksJson.FargateProfile(rules.DeleteFargateProfile(r, p[0], p[1]), now) },
            nameof(EksOperations.ListFargateProfiles) => EksPaging.Page("fargateProfileNames", [.. rules.Cluster(r, p[0]).FargateProfiles.Keys], request.Query),
            nameof(EksOperations.CreateAddon) => new() { ["addon"] = EksJson.Addon(rules.CreateAddon(r, p[0], Body()), now) },
            nameof(EksOperations.DescribeAddon) => new() { ["addon"] = EksJson.Addon(rules.Addon(r, p[0], p[1]), now) },
            nameof(EksOperations.DeleteAddon) => new() { ["addon"] = EksJson.Addon(rules.DeleteAddon(r, p[0], p[1]), now) },
            nameof(EksOperations.ListAddons) => EksPaging.Page("addons", [.. rules.Cluster(r, p[0]).Addons.Keys], request.Query),
            nameof(EksOperations.CreateAccessEntry) => new() { ["accessEntry"] = EksJson.AccessEntry(rules.CreateAccessEntry(r, p[0], Body())) },
            nameof(EksOperations.DescribeAccessEntry) => new() { ["accessEntry"] = EksJson.AccessEntry(rules.AccessEntry(r, p[0], p[1])) },
            nameof(EksOperations.DeleteAccessEntry) => DeleteAccessEntry(r, p[0], p[1]),
            nameof(EksOperations.ListAccessEntries) => EksPaging.Page("accessEntries", [.. rules.Cluster(r, p[0]).AccessEntries.Keys], request.Query),
            nameof(EksOperations.AssociateAccessPolicy) => new()
            {
                ["clusterName"] = p[0],
                ["principalArn"] = p[1],
                ["associatedAccessPolicy"] = rules.AssociateAccessPolicy(r, p[0], p[1], Body()),
            },
            nameof(EksOperations.TagResource) => TagResource(p[0], Body()),
            nameof(EksOperations.ListTagsForResource) => new() { ["tags"] = EksJson.Tags(rules.TagsOf(p[0])) },
            nameof(EksOperations.UntagResource) => UntagResource(p[0], request.Query),
            _ => throw EksErrors.BadRequest($"Operation {operation.Name} is not simulated"),
        };
        return new SimulatedResponse(200, "application/json", result.ToJsonString(), new Dictionary<string, string> { ["x-amzn-RequestId"] = request.RequestId });
    }

    public void ApplyDue() => rules.Settle();

    /// <summary>The nodes a node group runs now (EKS shows only the desired size; the nodes follow it gradually).</summary>
    public int RunningNodes(string region, string cluster, string nodegroup)
    {
        rules.Settle();
        return rules.RunningNodes(region, cluster, nodegroup);
    }

    public IEnumerable<SimulatedResource> Resources()
    {
        rules.Settle();
        return EksResources.List(rules.Regions.Values, clock.GetUtcNow());
    }

    public IEnumerable<TaggedResource> TaggedResources(string region)
    {
        rules.Settle();
        return rules.Regions.TryGetValue(region, out var state) ? EksResources.Tagged(state) : [];
    }

    public JsonNode SaveState() => JsonSerializer.SerializeToNode(rules.Regions)!;

    public void LoadState(JsonNode state) =>
        rules.Regions = state.Deserialize<SortedDictionary<string, EksRegion>>() ?? new SortedDictionary<string, EksRegion>(StringComparer.Ordinal);

    public void Reset() => rules.Regions = new SortedDictionary<string, EksRegion>(StringComparer.Ordinal);

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

    private static JsonObject Update(EksUpdate update, DateTimeOffset now) => new() { ["update"] = EksJson.Update(update, now) };
}
