using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;

namespace EksProvisioner.AwsSimulator.Tests.Hosting;

public sealed class RequestRouterTests
{
    [Fact]
    public async Task Handle_CredentialScopeRegion_UsedInEksArns()
    {
        await using var sim = await Sim.StartAsync();
        var role = await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.AdvanceAsync(30);

        var reply = await sim.Client.RestAsync(HttpMethod.Post, "/clusters", Steps.ClusterBody("c1", role), region: "eu-west-1");
        var elsewhere = await sim.Client.RestAsync(HttpMethod.Get, "/clusters/c1", region: "us-east-1");

        Assert.StartsWith("arn:aws:eks:eu-west-1:123456789012:cluster/c1", reply.Json["cluster"]!["arn"]!.GetValue<string>());
        Assert.Equal("ResourceNotFoundException", elsewhere.ErrorCode);
    }

    [Fact]
    public async Task Handle_UnsignedQueryWithIamVersion_RoutedToIam()
    {
        await using var sim = await Sim.StartAsync(network: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/")
        {
            Content = new StringContent("Action=GetRole&Version=2010-05-08&RoleName=nobody", Encoding.UTF8, "application/x-www-form-urlencoded"),
        };

        var reply = await sim.Client.SendAsync(request);

        Assert.Equal("NoSuchEntity", reply.ErrorCode);
    }

    [Fact]
    public async Task Handle_StepFunctionsTargetWithoutStatesService_UnknownServiceInJsonShape()
    {
        await using var sim = await Sim.StartAsync(network: false);
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.ListStateMachines");

        var reply = await sim.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("UnknownService", reply.ErrorCode);
    }

    [Fact]
    public async Task Handle_RegisteredJsonService_GetsOperationAndBody()
    {
        await using var sim = await Sim.StartAsync(network: false);
        sim.Simulator.Register(new JsonTargetService("states", (operation, body) => (200, new JsonObject { ["op"] = operation, ["echo"] = JsonNode.Parse(body) }.ToJsonString())));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("""{"name":"x"}""", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.StartExecution");
        request.Headers.TryAddWithoutValidation("Authorization", SimClient.Authorization("states"));

        var reply = await sim.Client.SendAsync(request);

        Assert.Equal("StartExecution", reply.Json["op"]!.GetValue<string>());
        Assert.Equal("x", reply.Json["echo"]!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task Handle_StsGetCallerIdentity_DefaultAccount()
    {
        await using var sim = await Sim.StartAsync(network: false);

        var reply = await sim.Client.QueryAsync("sts", "GetCallerIdentity");

        Assert.Equal("123456789012", reply.XmlValue("Account"));
        Assert.Equal("arn:aws:iam::123456789012:user/testing", reply.XmlValue("Arn"));
    }

    [Fact]
    public async Task Handle_ServiceThrowsUnexpectedly_InternalFailureNamesTheException()
    {
        await using var sim = await Sim.StartAsync(network: false);
        sim.Simulator.Register(new JsonTargetService("states", (_, _) => throw new InvalidOperationException("broken")));
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent("{}", Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions.ListStateMachines");
        request.Headers.TryAddWithoutValidation("Authorization", SimClient.Authorization("states"));

        var reply = await sim.Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.InternalServerError, reply.Status);
        Assert.Equal("InternalFailure", reply.ErrorCode);
        Assert.Contains("InvalidOperationException: broken", reply.Json["message"]!.GetValue<string>());
    }
}
