using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.Aws;
using EksProvisioner.Core.Time;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Functions.Tests.Webhook;

public sealed class WebhookHandlerTests : IDisposable
{
    private const string Body = """{"name":"dev","ticket":{"system":"jira","key":"OPS-7"}}""";
    private readonly WebhookWorld _world = new();

    [Fact]
    public async Task HandleAsync_ApiGatewayPostEvent_Answers202PayloadWithTheStageInTheStatusUrl()
    {
        var response = (await _world.InvokeAsync(_world.Event("POST", "/prod/environments", Body)))!;

        Assert.Equal(202, response["statusCode"]!.GetValue<int>());
        Assert.False(response["isBase64Encoded"]!.GetValue<bool>());
        Assert.Equal("application/json", response["headers"]!["content-type"]!.GetValue<string>());
        var body = JsonNode.Parse(response["body"]!.GetValue<string>())!;
        Assert.Equal(StateMachines.ExecutionArn(_world.Machines.ProvisionArn, "dev_jira-OPS-7"), body["executionArn"]!.GetValue<string>());
        Assert.Equal("https://r3pmxmplak.execute-api.us-east-2.amazonaws.com/prod/environments/dev", body["statusUrl"]!.GetValue<string>());
        Assert.Contains("POST /environments -> 202 requestId=JKJaXmPLvHcESHA=", _world.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SameEventTwice_Answers200WithTheSameExecution()
    {
        var first = (await _world.InvokeAsync(_world.Event("POST", "/prod/environments", Body)))!;
        var second = (await _world.InvokeAsync(_world.Event("POST", "/prod/environments", Body)))!;

        Assert.Equal(200, second["statusCode"]!.GetValue<int>());
        Assert.Equal(
            JsonNode.Parse(first["body"]!.GetValue<string>())!["executionArn"]!.GetValue<string>(),
            JsonNode.Parse(second["body"]!.GetValue<string>())!["executionArn"]!.GetValue<string>());
        Assert.Equal(1, _world.Api.Calls["StartExecution"]);
    }

    [Fact]
    public async Task HandleAsync_GetOnTheDefaultStage_AnswersTheStatusWithoutAStageInTheUrl()
    {
        var posted = (await _world.InvokeAsync(_world.Event("POST", "/prod/environments", Body)))!;
        var arn = JsonNode.Parse(posted["body"]!.GetValue<string>())!["executionArn"]!.GetValue<string>();
        await _world.Engine.WaitForExecutionAsync(arn, TestContext.Current.CancellationToken);

        var response = (await _world.InvokeAsync(_world.Event("GET", "/environments/dev", "", stage: "$default")))!;

        Assert.Equal(200, response["statusCode"]!.GetValue<int>());
        var body = JsonNode.Parse(response["body"]!.GetValue<string>())!;
        Assert.Equal("https://r3pmxmplak.execute-api.us-east-2.amazonaws.com/environments/dev", body["statusUrl"]!.GetValue<string>());
        Assert.Equal("Ready", body["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_WrongMethod_Answers405WithAllowHeader()
    {
        var response = (await _world.InvokeAsync(_world.Event("PUT", "/prod/environments/dev", "")))!;

        Assert.Equal(405, response["statusCode"]!.GetValue<int>());
        Assert.Equal("GET, DELETE", response["headers"]!["allow"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("""{"httpMethod":"GET","path":"/environments/dev","requestContext":{}}""")]
    [InlineData("""{"version":"2.0","rawPath":"/environments"}""")]
    [InlineData("[]")]
    public async Task HandleAsync_NotAPayload20Event_ThrowsInvalidEvent(string json)
    {
        await Assert.ThrowsAsync<InvalidEventException>(() => _world.InvokeAsync(JsonNode.Parse(json)));
    }

    [Theory]
    [InlineData(TriggerSettings.ProvisionStateMachineVariable)]
    [InlineData(TriggerSettings.TeardownStateMachineVariable)]
    [InlineData(WebhookHandler.SecretParameterVariable)]
    public void FromEnvironment_MissingVariable_ThrowsNamingIt(string missing)
    {
        var environment = Environment();
        environment.Remove(missing);
        using var clients = Clients();

        var error = Assert.Throws<InvalidOperationException>(() => WebhookHandler.FromEnvironment(environment.GetValueOrDefault, clients, TextWriter.Null));

        Assert.Contains(missing, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_BadJiraCustomFields_ThrowsNamingTheVariable()
    {
        var environment = Environment();
        environment[WebhookHandler.JiraCustomFieldsVariable] = "customfield_1=colour";
        using var clients = Clients();

        var error = Assert.Throws<InvalidOperationException>(() => WebhookHandler.FromEnvironment(environment.GetValueOrDefault, clients, TextWriter.Null));

        Assert.Contains(WebhookHandler.JiraCustomFieldsVariable, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_AllVariables_BuildsWithoutCallingAws()
    {
        using var clients = Clients();

        Assert.NotNull(WebhookHandler.FromEnvironment(Environment().GetValueOrDefault, clients, TextWriter.Null));
    }

    public void Dispose() => _world.Dispose();

    private static Dictionary<string, string> Environment() => new()
    {
        [TriggerSettings.ProvisionStateMachineVariable] = "arn:aws:states:us-east-1:123456789012:stateMachine:provision",
        [TriggerSettings.TeardownStateMachineVariable] = "arn:aws:states:us-east-1:123456789012:stateMachine:teardown",
        [WebhookHandler.SecretParameterVariable] = "/eksprov/webhook-secret",
    };

    private static StageClients Clients() => new(
        new AwsClientOptions { Region = "us-east-1", Credentials = new Amazon.Runtime.BasicAWSCredentials("x", "y"), EnvironmentVariables = _ => null },
        TimeProvider.System,
        Randomizers.Fixed(0));
}
