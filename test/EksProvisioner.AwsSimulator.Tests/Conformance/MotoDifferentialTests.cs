using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Testing;

namespace EksProvisioner.AwsSimulator.Tests.Conformance;

/// <summary>
/// The same call sequences against moto_server and the simulator, comparing error codes and
/// response fields. Where AWS is stricter than moto, the test names the AWS rule the simulator follows.
/// </summary>
public sealed class MotoDifferentialTests(MotoServer moto) : IClassFixture<MotoServer>
{
    [Fact]
    public async Task IamRoleSequence_SameCodesAndFields()
    {
        await moto.ResetAsync();
        await using var sim = await Sim.StartAsync(network: false);
        using var motoClient = new SimClient(moto.Endpoint);

        foreach (var client in new[] { motoClient, sim.Client })
        {
            await client.QueryAsync("iam", "DeleteRole", ("RoleName", "diff"));
        }

        var simulated = await IamSequenceAsync(sim.Client);
        var reference = await IamSequenceAsync(motoClient);

        Assert.Equal(reference, simulated);
    }

    [Fact]
    public async Task EksClusterSequence_SameCodesAndFieldsExceptAwsStrictness()
    {
        await moto.ResetAsync();
        await using var sim = await Sim.StartAsync();
        using var motoClient = new SimClient(moto.Endpoint);
        var simRole = await Steps.CreateRoleAsync(sim.Client, "diff-role");
        var motoRole = await Steps.CreateRoleAsync(motoClient, "diff-role");
        Assert.Equal(motoRole, simRole);
        await sim.Client.AdvanceAsync(30);

        var simCreate = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("diff", simRole));
        var motoCreate = await motoClient.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("diff", motoRole));
        foreach (var field in new[] { "name", "arn", "roleArn", "version" })
        {
            Assert.True(motoCreate.Json["cluster"]![field] is not null, field);
            Assert.True(simCreate.Json["cluster"]![field] is not null, field);
        }

        Assert.Equal(motoCreate.Json["cluster"]!["arn"]!.GetValue<string>(), simCreate.Json["cluster"]!["arn"]!.GetValue<string>());

        // AWS: "The cluster status is CREATING ... it takes several minutes" (Creating an Amazon EKS
        // cluster); moto answers ACTIVE at once, the simulator CREATING until the clock passes.
        Assert.Equal("CREATING", simCreate.Json["cluster"]!["status"]!.GetValue<string>());
        await sim.Client.AdvanceAsync(600);

        foreach (var (client, role) in new[] { (motoClient, motoRole), (sim.Client, simRole) })
        {
            var nodegroup = await client.RestAsync(HttpMethod.Post, "/clusters/diff/node-groups", Steps.NodegroupBody("ng", role));
            Assert.Equal(HttpStatusCode.OK, nodegroup.Status);
        }

        var codes = new List<(string? Moto, string? Sim)>();
        foreach (var (method, path, body) in new (HttpMethod, string, JsonObject?)[]
        {
            (HttpMethod.Post, "/clusters", Steps.ClusterBody("diff", simRole)),
            (HttpMethod.Get, "/clusters/missing", null),
            (HttpMethod.Delete, "/clusters/diff", null),
            (HttpMethod.Get, "/clusters/diff/node-groups/missing", null),
        })
        {
            var m = await motoClient.RestAsync(method, path, body?.DeepClone());
            var s = await sim.Client.RestAsync(method, path, body?.DeepClone());
            codes.Add((m.ErrorCode, s.ErrorCode));
        }

        Assert.All(codes, c => Assert.Equal(c.Moto, c.Sim));
        Assert.Equal("ResourceInUseException", codes[2].Sim);
    }

    private static async Task<List<string>> IamSequenceAsync(SimClient client)
    {
        var log = new List<string>();
        async Task Step(string action, params (string, string)[] parameters)
        {
            var reply = await client.QueryAsync("iam", action, parameters);
            log.Add($"{action}: {(int)reply.Status} {reply.ErrorCode}");
            if (reply.Status == HttpStatusCode.OK && action is "CreateRole" or "GetRole")
            {
                log.Add($"  {reply.XmlValue("RoleName")} {reply.XmlValue("Path")} {reply.XmlValue("Arn")}");
            }
        }

        const string policy = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";
        await Step("CreateRole", ("RoleName", "diff"), ("AssumeRolePolicyDocument", Steps.TrustPolicy));
        await Step("CreateRole", ("RoleName", "diff"), ("AssumeRolePolicyDocument", Steps.TrustPolicy));
        await Step("GetRole", ("RoleName", "diff"));
        await Step("GetRole", ("RoleName", "absent"));
        await Step("AttachRolePolicy", ("RoleName", "diff"), ("PolicyArn", policy));
        await Step("DeleteRole", ("RoleName", "diff"));
        await Step("DetachRolePolicy", ("RoleName", "diff"), ("PolicyArn", policy));
        await Step("PutRolePolicy", ("RoleName", "diff"), ("PolicyName", "inline"), ("PolicyDocument", Steps.TrustPolicy));
        await Step("PutRolePolicy", ("RoleName", "diff"), ("PolicyName", "inline"), ("PolicyDocument", Steps.InlinePolicy));
        await Step("DeleteRole", ("RoleName", "diff"));
        await Step("DeleteRolePolicy", ("RoleName", "diff"), ("PolicyName", "inline"));
        await Step("DeleteRolePolicy", ("RoleName", "diff"), ("PolicyName", "inline"));
        await Step("DeleteRole", ("RoleName", "diff"));
        return log;
    }
}
