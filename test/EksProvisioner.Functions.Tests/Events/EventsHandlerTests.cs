using System.Text.Json.Nodes;
using EksProvisioner.Core.Naming;
using EksProvisioner.Functions.Events;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Tests.Deployment;
using EksProvisioner.Functions.Tests.Triggers;
using EksProvisioner.Functions.Triggers;

namespace EksProvisioner.Functions.Tests.Events;

public sealed class EventsHandlerTests : IDisposable
{
    private readonly TriggerWorld _world = new();

    public void Dispose() => _world.Dispose();

    private static JsonObject DocumentedEvent() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Events", "Data", "eventbridge-environment-requested.json")))!.AsObject();

    private Task<JsonNode?> InvokeAsync(JsonNode input) =>
        EventsHandler.FromEnvironment(_world.Variable, _world.Clients, _world.Log).HandleAsync(
            input,
            new LambdaInvocationContext("req-1", _world.Clock.GetUtcNow().AddMinutes(1), "arn:aws:lambda:eu-west-1:123456789012:function:Events", null, null, null, _world.Clock),
            TestContext.Current.CancellationToken);

    [Fact]
    public async Task HandleAsync_EventBridgeEvent_StartsTheProvisionNamedAtTheEventTime()
    {
        var output = await InvokeAsync(DocumentedEvent());

        Assert.Equal("Started", output!["outcome"]!.GetValue<string>());
        Assert.Equal(ExecutionNames.Up("review", new DateTimeOffset(2026, 1, 5, 7, 0, 0, TimeSpan.Zero)), output["executionName"]!.GetValue<string>());
        Assert.Equal("89d1a02d-5ec7-412e-82f5-13505f849b41", output["eventId"]!.GetValue<string>());
        var execution = await _world.Engine.WaitForExecutionAsync(output["executionArn"]!.GetValue<string>(), TestContext.Current.CancellationToken);
        Assert.Equal("eu-west-1", JsonNode.Parse(execution.Input)!["region"]!.GetValue<string>());
        Assert.StartsWith("started review_up_", _world.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvalidRequest_ReturnsTheRejectionInsteadOfFailing()
    {
        var e = DocumentedEvent();
        e["detail"]!["ttlHours"] = -1;

        var output = await InvokeAsync(e);

        Assert.Equal("Rejected", output!["outcome"]!.GetValue<string>());
        Assert.Contains(output["problems"]!.AsArray(), p => p!.GetValue<string>().StartsWith("$.detail.ttlHours:", StringComparison.Ordinal));
        Assert.Equal(0, _world.States.Calls.GetValueOrDefault("StartExecution"));
        Assert.StartsWith("rejected ", _world.Log.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("WeekdayMorning", "provision", "dev_up_20260105T060000Z")]
    [InlineData("WeekdayNight", "teardown", "dev_down_20260105T060000Z")]
    public async Task HandleAsync_TemplateScheduleInput_StartsTheScheduledEnvironmentsExecution(string schedule, string machine, string executionName)
    {
        // What EventBridge Scheduler sends: the template's Input with the scheduled time filled in.
        var template = ServerlessTemplate.Load();
        var events = template.OfType(ServerlessTemplate.FunctionType)["EventsFunction"]["Events"]!;
        var input = new TemplateValues(template).EvaluateString(events[schedule]!["Properties"]!["Input"])
            .Replace("<aws.scheduler.scheduled-time>", "2026-01-05T06:00:00Z", StringComparison.Ordinal);

        var output = await InvokeAsync(JsonNode.Parse(input)!);

        Assert.Equal("Started", output!["outcome"]!.GetValue<string>());
        Assert.Equal(executionName, output["executionName"]!.GetValue<string>());
        Assert.Contains($":execution:{machine}:{executionName}", output["executionArn"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public void FromEnvironment_ProvisionMachineVariableMissing_FailsNamingIt()
    {
        _world.Environment.Remove(TriggerSettings.ProvisionStateMachineVariable);

        var error = Assert.Throws<InvalidOperationException>(() => EventsHandler.FromEnvironment(_world.Variable, _world.Clients, _world.Log));

        Assert.Contains(TriggerSettings.ProvisionStateMachineVariable, error.Message, StringComparison.Ordinal);
    }
}
