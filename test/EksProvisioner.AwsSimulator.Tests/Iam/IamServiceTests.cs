using System.Net;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Iam;

public sealed class IamServiceTests
{
    [Fact]
    public async Task CreateRole_Twice_EntityAlreadyExistsInQueryErrorShape()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await Steps.CreateRoleAsync(sim.Client, "r");

        var reply = await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "R"), ("AssumeRolePolicyDocument", Steps.TrustPolicy));

        Assert.Equal(HttpStatusCode.Conflict, reply.Status);
        Assert.Equal("ErrorResponse", reply.Xml.Name.LocalName);
        Assert.Equal("Sender", reply.XmlValue("Type"));
        Assert.Equal("EntityAlreadyExists", reply.ErrorCode);
        Assert.False(string.IsNullOrEmpty(reply.XmlValue("RequestId")));
    }

    [Fact]
    public async Task DeleteRole_WithAttachedThenInlinePolicy_DeleteConflictUntilRemoved()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await Steps.CreateRoleAsync(sim.Client, "r");
        const string policy = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";
        await sim.Client.QueryAsync("iam", "AttachRolePolicy", ("RoleName", "r"), ("PolicyArn", policy));
        await sim.Client.QueryAsync("iam", "PutRolePolicy", ("RoleName", "r"), ("PolicyName", "p"), ("PolicyDocument", Steps.InlinePolicy));

        var attached = await sim.Client.QueryAsync("iam", "DeleteRole", ("RoleName", "r"));
        await sim.Client.QueryAsync("iam", "DetachRolePolicy", ("RoleName", "r"), ("PolicyArn", policy));
        var inline = await sim.Client.QueryAsync("iam", "DeleteRole", ("RoleName", "r"));
        await sim.Client.QueryAsync("iam", "DeleteRolePolicy", ("RoleName", "r"), ("PolicyName", "p"));
        var deleted = await sim.Client.QueryAsync("iam", "DeleteRole", ("RoleName", "r"));
        var gone = await sim.Client.QueryAsync("iam", "GetRole", ("RoleName", "r"));

        Assert.Equal("DeleteConflict", attached.ErrorCode);
        Assert.Contains("detach all policies", attached.XmlValue("Message"));
        Assert.Equal("DeleteConflict", inline.ErrorCode);
        Assert.Equal(HttpStatusCode.OK, deleted.Status);
        Assert.Equal(HttpStatusCode.NotFound, gone.Status);
        Assert.Equal("NoSuchEntity", gone.ErrorCode);
    }

    [Fact]
    public async Task CreateRole_QuotaReached_LimitExceeded()
    {
        await using var sim = await Sim.StartAsync(new AwsSimulatorOptions { Quotas = new SimulatorQuotas { IamRolesPerAccount = 1 } }, network: false);
        await Steps.CreateRoleAsync(sim.Client, "one");

        var reply = await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "two"), ("AssumeRolePolicyDocument", Steps.TrustPolicy));

        Assert.Equal("LimitExceeded", reply.ErrorCode);
    }

    [Theory]
    [InlineData("arn:aws:iam::123456789012:policy/Mine", "NoSuchEntity")]
    [InlineData("not-an-arn", "InvalidInput")]
    public async Task AttachRolePolicy_NotAnAwsManagedPolicy_Refused(string policyArn, string code)
    {
        await using var sim = await Sim.StartAsync(network: false);
        await Steps.CreateRoleAsync(sim.Client, "r");

        var reply = await sim.Client.QueryAsync("iam", "AttachRolePolicy", ("RoleName", "r"), ("PolicyArn", policyArn));

        Assert.Equal(code, reply.ErrorCode);
    }

    [Fact]
    public async Task TagRole_ThenListRoleTags_ReturnsMergedTags()
    {
        await using var sim = await Sim.StartAsync(network: false);
        await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", Steps.TrustPolicy), ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "1"));

        await sim.Client.QueryAsync("iam", "TagRole", ("RoleName", "r"), ("Tags.member.1.Key", "a"), ("Tags.member.1.Value", "2"), ("Tags.member.2.Key", "b"), ("Tags.member.2.Value", "3"));
        var reply = await sim.Client.QueryAsync("iam", "ListRoleTags", ("RoleName", "r"));

        var tags = reply.Xml.Descendants().Where(e => e.Name.LocalName == "member").Select(m => m.Elements().First().Value + "=" + m.Elements().Last().Value);
        Assert.Equal(["a=2", "b=3"], tags.Order());
    }

    [Fact]
    public async Task CreateRole_MalformedTrustPolicy_MalformedPolicyDocument()
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await sim.Client.QueryAsync("iam", "CreateRole", ("RoleName", "r"), ("AssumeRolePolicyDocument", "{not json"));

        Assert.Equal("MalformedPolicyDocument", reply.ErrorCode);
    }
}
