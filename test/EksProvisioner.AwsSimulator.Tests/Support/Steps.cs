using System.Net;
using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>Common call sequences of the tests (a role EKS may use, an ACTIVE cluster).</summary>
public static class Steps
{
    public const string TrustPolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"eks.amazonaws.com"},"Action":"sts:AssumeRole"}]}""";

    public const string InlinePolicy = """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"eks:DescribeCluster","Resource":"*"}]}""";

    public static async Task<string> CreateRoleAsync(SimClient client, string name)
    {
        var reply = await client.QueryAsync("iam", "CreateRole", ("RoleName", name), ("AssumeRolePolicyDocument", TrustPolicy));
        Assert.Equal(HttpStatusCode.OK, reply.Status);
        return reply.XmlValue("Arn")!;
    }

    public static JsonObject ClusterBody(string name, string roleArn, string? token = null) => new()
    {
        ["name"] = name,
        ["roleArn"] = roleArn,
        ["resourcesVpcConfig"] = new JsonObject { ["subnetIds"] = new JsonArray("subnet-a", "subnet-b") },
        ["accessConfig"] = new JsonObject { ["authenticationMode"] = "API_AND_CONFIG_MAP" },
        ["tags"] = new JsonObject { ["eksprov:environment"] = "test" },
        ["clientRequestToken"] = token,
    };

    /// <summary>A role old enough for EKS to assume and an ACTIVE cluster using it.</summary>
    public static async Task<string> ActiveClusterAsync(Sim sim, string name = "demo", string? version = null)
    {
        var role = await CreateRoleAsync(sim.Client, name + "-role");
        await sim.Client.AdvanceAsync(30);
        var body = ClusterBody(name, role);
        body["version"] = version;
        var created = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", body);
        Assert.Equal(HttpStatusCode.OK, created.Status);
        await sim.Client.AdvanceAsync(600);
        return role;
    }

    public static JsonObject NodegroupBody(string name, string roleArn) => new()
    {
        ["nodegroupName"] = name,
        ["nodeRole"] = roleArn,
        ["subnets"] = new JsonArray("subnet-a", "subnet-b"),
        ["scalingConfig"] = new JsonObject { ["minSize"] = 1, ["maxSize"] = 3, ["desiredSize"] = 2 },
    };
}
