using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.AwsSimulator.Tests.States;

public sealed class StepFunctionsServiceTests
{
    private const string Definition = """{"StartAt": "Done", "States": {"Done": {"Type": "Pass", "End": true}}}""";

    private static async Task<Reply> CallAsync(SimClient client, string operation, JsonObject body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/") { Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0") };
        request.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + operation);
        request.Headers.TryAddWithoutValidation("Authorization", SimClient.Authorization("states"));
        return await client.SendAsync(request);
    }

    private static async Task<Sim> StartWithEngineAsync()
    {
        var sim = await Sim.StartAsync(network: false);
        var engine = new StepFunctionsEngine(sim.Clock, Randomizers.Seeded(1));
        sim.Simulator.RegisterStepFunctions(new StepFunctionsApi(engine));
        return sim;
    }

    [Fact]
    public async Task RegisterStepFunctions_CreateAndDescribe_ServedAndListedAsResource()
    {
        await using var sim = await StartWithEngineAsync();

        var created = await CallAsync(sim.Client, "CreateStateMachine", new JsonObject { ["name"] = "provision", ["definition"] = Definition });
        var arn = created.Json["stateMachineArn"]!.GetValue<string>();
        var described = await CallAsync(sim.Client, "DescribeStateMachine", new JsonObject { ["stateMachineArn"] = arn });
        var resources = await sim.Client.ResourcesAsync();

        Assert.Equal(HttpStatusCode.OK, created.Status);
        Assert.Equal("provision", described.Json["name"]!.GetValue<string>());
        Assert.Contains(resources, r => r!["type"]!.GetValue<string>() == "state-machine" && r["id"]!.GetValue<string>() == arn);
    }

    [Fact]
    public async Task RegisterStepFunctions_MissingMachine_JsonErrorType()
    {
        await using var sim = await StartWithEngineAsync();

        var reply = await CallAsync(sim.Client, "DescribeStateMachine", new JsonObject { ["stateMachineArn"] = "arn:aws:states:us-east-1:123456789012:stateMachine:none" });

        Assert.Equal(HttpStatusCode.BadRequest, reply.Status);
        Assert.Equal("StateMachineDoesNotExist", reply.ErrorCode);
    }

    [Fact]
    public async Task Fault_OnStates_AnsweredInJson10Shape()
    {
        await using var sim = await StartWithEngineAsync();
        await sim.Client.ControlAsync(HttpMethod.Put, "/_simulator/faults", """{"rules": [{"service": "states", "operation": "StartExecution", "error": {"code": "ThrottlingException", "status": 400}}]}""");

        var reply = await CallAsync(sim.Client, "StartExecution", new JsonObject { ["stateMachineArn"] = "arn:aws:states:us-east-1:123456789012:stateMachine:any" });

        Assert.Equal("ThrottlingException", reply.Json["__type"]!.GetValue<string>());
    }
}
