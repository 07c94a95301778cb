using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Tagging;

/// <summary>GetResources over HTTP against the simulated account's own EC2, EKS and IAM.</summary>
public sealed class TaggingServiceTests
{
    private const string Target = "ResourceGroupsTaggingAPI_20170126.GetResources";

    private static async Task<Reply> GetResourcesAsync(SimClient client, JsonObject body, string region = "us-east-1", string target = Target)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", target);
        request.Headers.TryAddWithoutValidation("Authorization", SimClient.Authorization("tagging", region));
        return await client.SendAsync(request);
    }

    private static async Task<string> CreateVpcAsync(SimClient client, string cidr, params (string Key, string Value)[] tags)
    {
        var parameters = new List<(string, string)> { ("CidrBlock", cidr), ("TagSpecification.1.ResourceType", "vpc") };
        for (var i = 0; i < tags.Length; i++)
        {
            parameters.Add(($"TagSpecification.1.Tag.{i + 1}.Key", tags[i].Key));
            parameters.Add(($"TagSpecification.1.Tag.{i + 1}.Value", tags[i].Value));
        }

        var reply = await client.QueryAsync("ec2", "CreateVpc", [.. tags.Length == 0 ? parameters.Take(1) : parameters]);
        Assert.True(reply.Status == HttpStatusCode.OK, reply.ToString());
        return reply.XmlValue("vpcId")!;
    }

    private static JsonObject Filter(string key, params string[] values) =>
        new() { ["TagFilters"] = new JsonArray(values.Length == 0 ? new JsonObject { ["Key"] = key } : new JsonObject { ["Key"] = key, ["Values"] = new JsonArray([.. values.Select(v => (JsonNode)v)]) }) };

    private static List<string> Arns(Reply reply) =>
        [.. reply.Json["ResourceTagMappingList"]!.AsArray().Select(m => m!["ResourceARN"]!.GetValue<string>())];

    [Fact]
    public async Task GetResources_TaggedVpcAndRole_ReturnsVpcArnWithTagsButNeverTheRole()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var vpc = await CreateVpcAsync(sim.Client, "10.0.0.0/16", ("eksprov:environment", "dev"), ("eksprov:expires-at", "2026-01-02T03:04:05Z"));
        await CreateVpcAsync(sim.Client, "10.1.0.0/16");
        var role = await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "dev-role"), ("AssumeRolePolicyDocument", Steps.TrustPolicy), ("Tags.member.1.Key", "eksprov:environment"), ("Tags.member.1.Value", "dev"));
        Assert.Equal(HttpStatusCode.OK, role.Status);

        var reply = await GetResourcesAsync(sim.Client, Filter("eksprov:environment"));

        Assert.Equal(HttpStatusCode.OK, reply.Status);
        Assert.StartsWith("application/x-amz-json-1.1", reply.Headers["Content-Type"], StringComparison.Ordinal);
        Assert.Equal([$"arn:aws:ec2:us-east-1:123456789012:vpc/{vpc}"], Arns(reply));
        var tags = reply.Json["ResourceTagMappingList"]![0]!["Tags"]!.AsArray();
        Assert.Contains(tags, t => t!["Key"]!.GetValue<string>() == "eksprov:expires-at" && t["Value"]!.GetValue<string>() == "2026-01-02T03:04:05Z");
        Assert.Equal(string.Empty, reply.Json["PaginationToken"]!.GetValue<string>());
    }

    [Fact]
    public async Task GetResources_FilterValuesAndAllFilters_MatchAnyValueAndEveryKey()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var a = await CreateVpcAsync(sim.Client, "10.0.0.0/16", ("env", "a"), ("team", "x"));
        var b = await CreateVpcAsync(sim.Client, "10.1.0.0/16", ("env", "b"));
        await CreateVpcAsync(sim.Client, "10.2.0.0/16", ("env", "c"));

        var anyOf = await GetResourcesAsync(sim.Client, Filter("env", "a", "b"));
        var both = Filter("env", "a", "b");
        both["TagFilters"]!.AsArray().Add(new JsonObject { ["Key"] = "team" });
        var allOf = await GetResourcesAsync(sim.Client, both);

        Assert.Equal(new[] { a, b }.Select(v => $"arn:aws:ec2:us-east-1:123456789012:vpc/{v}").Order(StringComparer.Ordinal), Arns(anyOf));
        Assert.Equal([$"arn:aws:ec2:us-east-1:123456789012:vpc/{a}"], Arns(allOf));
    }

    [Fact]
    public async Task GetResources_OtherRegionOrTypeFilter_LeavesTheVpcOut()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await CreateVpcAsync(sim.Client, "10.0.0.0/16", ("env", "a"));

        var otherRegion = await GetResourcesAsync(sim.Client, Filter("env"), region: "eu-west-1");
        var subnetsOnly = Filter("env");
        subnetsOnly["ResourceTypeFilters"] = new JsonArray("ec2:subnet");
        var ec2Only = Filter("env");
        ec2Only["ResourceTypeFilters"] = new JsonArray("eks", "ec2");

        Assert.Empty(Arns(otherRegion));
        Assert.Empty(Arns(await GetResourcesAsync(sim.Client, subnetsOnly)));
        Assert.Single(Arns(await GetResourcesAsync(sim.Client, ec2Only)));
    }

    [Fact]
    public async Task GetResources_ClusterAndNodegroup_ListedUnderTheArnsEksGives()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.ActiveClusterAsync(sim);
        var nodegroup = Steps.NodegroupBody("ng", role);
        nodegroup["tags"] = new JsonObject { ["eksprov:environment"] = "test" };
        var created = await sim.Client.RestAsync(HttpMethod.Post, "/clusters/demo/node-groups", nodegroup);
        Assert.Equal(HttpStatusCode.OK, created.Status);

        var arns = Arns(await GetResourcesAsync(sim.Client, Filter("eksprov:environment", "test")));

        Assert.Equal(
            [
                "arn:aws:eks:us-east-1:123456789012:cluster/demo",
                created.Json["nodegroup"]!["nodegroupArn"]!.GetValue<string>(),
            ],
            arns);
    }

    [Fact]
    public async Task GetResources_ThreeVpcsTwoPerPage_PagesWithTokenThenEmptyToken()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var vpcs = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            vpcs.Add(await CreateVpcAsync(sim.Client, $"10.{i}.0.0/16", ("env", "p")));
        }

        var request = Filter("env");
        request["ResourcesPerPage"] = 2;
        var first = await GetResourcesAsync(sim.Client, request);
        request["PaginationToken"] = first.Json["PaginationToken"]!.GetValue<string>();
        var second = await GetResourcesAsync(sim.Client, request);

        Assert.Equal(2, Arns(first).Count);
        Assert.NotEqual(string.Empty, first.Json["PaginationToken"]!.GetValue<string>());
        Assert.Single(Arns(second));
        Assert.Equal(string.Empty, second.Json["PaginationToken"]!.GetValue<string>());
        Assert.Equal(vpcs.Select(v => $"arn:aws:ec2:us-east-1:123456789012:vpc/{v}").Order(StringComparer.Ordinal), Arns(first).Concat(Arns(second)));
    }

    [Theory]
    [InlineData("""{"ResourcesPerPage": 0}""", "InvalidParameterException")]
    [InlineData("""{"ResourcesPerPage": 101}""", "InvalidParameterException")]
    [InlineData("""{"PaginationToken": "not-ours"}""", "InvalidParameterException")]
    [InlineData("""{"TagFilters": [{"Values": ["v"]}]}""", "InvalidParameterException")]
    [InlineData("""{"ResourceARNList": ["arn:aws:ec2:us-east-1:123456789012:vpc/vpc-1"], "TagFilters": [{"Key": "k"}]}""", "InvalidParameterException")]
    [InlineData("""{"ExcludeCompliantResources": true}""", "InvalidParameterException")]
    [InlineData("""{"ResourcesPerPage": "ten"}""", "SerializationException")]
    public async Task GetResources_InvalidRequest_Answers400WithCode(string body, string code)
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await GetResourcesAsync(sim.Client, JsonNode.Parse(body)!.AsObject());

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal(code, reply.ErrorCode);
        Assert.StartsWith("application/x-amz-json-1.1", reply.Headers["Content-Type"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Handle_UnsupportedOperation_AnswersUnknownOperation()
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await GetResourcesAsync(sim.Client, [], target: "ResourceGroupsTaggingAPI_20170126.TagResources");

        Assert.Equal("UnknownOperationException", reply.ErrorCode);
    }

    [Fact]
    public async Task GetResources_ResourceArnList_ReturnsListedResourcesEvenUntagged()
    {
        await using var sim = await Sim.StartAsync(network: false);
        var untagged = await CreateVpcAsync(sim.Client, "10.0.0.0/16");
        var arn = $"arn:aws:ec2:us-east-1:123456789012:vpc/{untagged}";

        var reply = await GetResourcesAsync(sim.Client, new JsonObject { ["ResourceARNList"] = new JsonArray(arn, "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-gone") });

        Assert.Equal([arn], Arns(reply));
        Assert.Empty(reply.Json["ResourceTagMappingList"]![0]!["Tags"]!.AsArray());
    }

    [Fact]
    public async Task GetResources_UnsignedWithTarget_RoutedToTaggingByTheTarget()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await CreateVpcAsync(sim.Client, "10.0.0.0/16", ("env", "a"));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(Filter("env").ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.1") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", Target);

        var reply = await sim.Client.SendAsync(request);

        Assert.Single(Arns(reply));
    }
}
