using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Events;
using EksProvisioner.Triggers.Tests.Environments;

namespace EksProvisioner.Triggers.Tests.Events;

public sealed class EnvironmentEventsTests : IDisposable
{
    private const string FunctionRegion = "eu-central-1";
    private const string EventTime = "2026-01-05T07:00:00Z";

    private readonly SfnWorld _world = new();
    private readonly StringWriter _log = new();
    private readonly EnvironmentEvents _events;

    public EnvironmentEventsTests()
    {
        _events = new EnvironmentEvents(_world.Environments, FunctionRegion, _world.Clock, _log);
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private int Starts => _world.Handler.Calls.GetValueOrDefault("StartExecution");

    public void Dispose()
    {
        _log.Dispose();
        _world.Dispose();
    }

    /// <summary>An event as the bus rule delivers it (AWS's envelope).</summary>
    private static JsonObject Event(string detailType, string detail, string time = EventTime, string id = "6a7e8feb-b491-4cf7-a9f1-bf3703467718") => new()
    {
        ["version"] = "0",
        ["id"] = id,
        ["detail-type"] = detailType,
        ["source"] = "com.example.tickets",
        ["account"] = "123456789012",
        ["time"] = time,
        ["region"] = FunctionRegion,
        ["resources"] = new JsonArray(),
        ["detail"] = JsonNode.Parse(detail),
    };

    private async Task<string?> InputOf(string executionArn) =>
        (await _world.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, Ct)).Input;

    [Fact]
    public async Task HandleAsync_RequestWithoutTicket_StartsProvisionNamedUpAtTheEventTimeWithTheDefaultedRequest()
    {
        const string detail = """{"name":"dev","ttlHours":8}""";

        var answer = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, detail), Ct);

        var name = ExecutionNames.Up("dev", DateTimeOffset.Parse(EventTime, System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(EventOutcome.Started, answer.Outcome);
        Assert.Equal(("dev", name), (answer.Environment, answer.ExecutionName));
        Assert.Equal(StateMachines.ExecutionArn(_world.Machines.ProvisionArn, name), answer.ExecutionArn);
        Assert.Equal(EnvironmentRequests.ToJson(EnvironmentRequests.Parse(detail, SfnWorld.StackRegion), indented: false), await InputOf(answer.ExecutionArn!));
        Assert.Equal("dev", (await _world.Environments.FindAsync("dev", Ct))?.Name);
        Assert.StartsWith("started " + name, _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_SameEventTwice_StartsOneExecution()
    {
        var e = Event(EventDetailTypes.EnvironmentRequested, """{"name":"dev"}""");
        var first = await _events.HandleAsync(e, Ct);
        _world.Later();

        var second = await _events.HandleAsync(e.DeepClone(), Ct);

        Assert.Equal((EventOutcome.Started, EventOutcome.AlreadyExisted), (first.Outcome, second.Outcome));
        Assert.Equal(first.ExecutionArn, second.ExecutionArn);
        Assert.Equal(1, Starts);
    }

    [Fact]
    public async Task HandleAsync_RequestWithTicket_NamesTheExecutionForTheTicketWhateverTheTime()
    {
        const string detail = """{"name":"review","ticket":{"system":"jira","key":"OPS-9"}}""";
        var first = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, detail), Ct);

        var later = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, detail, time: "2026-01-05T09:30:00Z", id: "other"), Ct);

        Assert.Equal(ExecutionNames.ForTicket("review", new TicketSpec("jira", "OPS-9", null)), first.ExecutionName);
        Assert.Equal((EventOutcome.Started, EventOutcome.AlreadyExisted), (first.Outcome, later.Outcome));
        Assert.Equal(1, Starts);
    }

    [Fact]
    public async Task HandleAsync_InvalidRequest_RejectsWithEveryProblemAndStartsNothing()
    {
        const string detail = """{"name":"Bad_Name","ttlHours":0,"region":"mars-1"}""";
        var expected = EnvironmentRequests.Validate(detail).Problems.Select(p => "$.detail" + p[1..]).ToList();

        var answer = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, detail), Ct);

        Assert.Equal(EventOutcome.Rejected, answer.Outcome);
        Assert.True(expected.Count >= 3, string.Join("\n", expected));
        Assert.Equal(expected, answer.Problems);
        Assert.Null(answer.ExecutionArn);
        Assert.Equal(0, Starts);
        Assert.StartsWith("rejected EnvironmentRequested", _log.ToString(), StringComparison.Ordinal);
        Assert.All(expected, p => Assert.Contains(p, _log.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public async Task HandleAsync_TeardownRequested_StartsTeardownNamedDownInTheGivenRegion()
    {
        var answer = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentTeardownRequested, """{"environmentName":"dev","region":"eu-west-1"}"""), Ct);

        Assert.Equal(EventOutcome.Started, answer.Outcome);
        Assert.Equal(ExecutionNames.Down("dev", DateTimeOffset.Parse(EventTime, System.Globalization.CultureInfo.InvariantCulture)), answer.ExecutionName);
        Assert.StartsWith(_world.Machines.TeardownArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal), answer.ExecutionArn, StringComparison.Ordinal);
        var input = JsonNode.Parse((await InputOf(answer.ExecutionArn!))!)!;
        Assert.Equal(("dev", "eu-west-1"), (input["environmentName"]!.GetValue<string>(), input["region"]!.GetValue<string>()));
    }

    [Fact]
    public async Task HandleAsync_TeardownWithoutRegion_RunsInTheFunctionRegion()
    {
        var answer = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentTeardownRequested, """{"environmentName":"dev"}"""), Ct);

        Assert.Equal(FunctionRegion, JsonNode.Parse((await InputOf(answer.ExecutionArn!))!)!["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_TeardownWhileOneRuns_AnswersTheRunningOneAndStartsNothing()
    {
        var running = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentTeardownRequested, """{"environmentName":"dev"}"""), Ct);
        _world.Later();

        var again = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentTeardownRequested, """{"environmentName":"dev"}""", time: "2026-01-05T19:00:00Z"), Ct);

        Assert.Equal(EventOutcome.AlreadyExisted, again.Outcome);
        Assert.Equal(running.ExecutionArn, again.ExecutionArn);
        Assert.Equal(1, Starts);
        Assert.Contains("already existed " + running.ExecutionName, _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_InvalidTeardownDetail_RejectsWithEveryProblem()
    {
        var answer = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentTeardownRequested, """{"environmentName":"Bad_Name","region":"nowhere","force":true}"""), Ct);

        Assert.Equal(EventOutcome.Rejected, answer.Outcome);
        Assert.Contains(answer.Problems, p => p.StartsWith("$.detail.environmentName:", StringComparison.Ordinal));
        Assert.Contains(answer.Problems, p => p.StartsWith("$.detail.region:", StringComparison.Ordinal));
        Assert.Contains(answer.Problems, p => p.StartsWith("$.detail.force:", StringComparison.Ordinal));
        Assert.Equal(0, Starts);
    }

    [Theory]
    [InlineData("""{"detail-type":"EnvironmentDeleted","time":"2026-01-05T07:00:00Z","detail":{"name":"dev"}}""", "$.detail-type:")]
    [InlineData("""{"time":"2026-01-05T07:00:00Z","detail":{"name":"dev"}}""", "$.detail-type:")]
    [InlineData("""{"detail-type":"EnvironmentRequested","time":"2026-01-05T07:00:00Z"}""", "$.detail:")]
    [InlineData("""{"detail-type":"EnvironmentRequested","time":"yesterday","detail":{"name":"dev"}}""", "$.time:")]
    [InlineData("""["EnvironmentRequested"]""", "$:")]
    public async Task HandleAsync_MalformedOrUnknownEvent_IsRejectedNamingTheProblem(string input, string problem)
    {
        var answer = await _events.HandleAsync(JsonNode.Parse(input), Ct);

        Assert.Equal(EventOutcome.Rejected, answer.Outcome);
        Assert.StartsWith(problem, Assert.Single(answer.Problems), StringComparison.Ordinal);
        Assert.Equal(0, Starts);
        Assert.StartsWith("rejected ", _log.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"name":"dev","name":"prod"}""", "$.detail.name: is given twice in the same object")]
    [InlineData("""{"name":"dev","tags":{"a":"1","a":"2"}}""", "$.detail.tags.a: is given twice in the same object")]
    [InlineData("""{"name":"dev\n"}""", "$.detail.name: the value contains the control character U+000A")]
    public async Task HandleAsync_DetailWithAFieldGivenTwiceOrAControlCharacter_IsRejectedNamingTheField(string detail, string problem)
    {
        // Parsed as the Lambda runtime parses the invocation: a field given twice gets through to here.
        var input = JsonNode.Parse("{\"detail-type\":\"EnvironmentRequested\",\"time\":\"" + EventTime + "\",\"detail\":" + detail + "}");

        var answer = await _events.HandleAsync(input, Ct);

        Assert.Equal(EventOutcome.Rejected, answer.Outcome);
        Assert.StartsWith(problem, Assert.Single(answer.Problems), StringComparison.Ordinal);
        Assert.Equal(0, Starts);
    }

    [Fact]
    public async Task HandleAsync_RequestOfAFamilyTheStackDoesNotAllow_IsRejectedNamingTheLimit()
    {
        var events = new EnvironmentEvents(_world.Environments, FunctionRegion, _world.Clock, _log, Guardrails.Default with { AllowedInstanceFamilies = ["t3"] });

        var answer = await events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, """{"name":"dev"}"""), Ct);

        Assert.Equal(EventOutcome.Rejected, answer.Outcome);
        Assert.StartsWith("$.detail.nodeGroups[0].instanceTypes[0]: 'm5.large' is of the instance family m5, which is not allowed", Assert.Single(answer.Problems), StringComparison.Ordinal);
        Assert.Equal(0, Starts);
    }

    [Fact]
    public async Task HandleAsync_ScheduleInput_StartsProvisionNamedAtTheScheduledTime()
    {
        // What EventBridge Scheduler passes after replacing <aws.scheduler.scheduled-time>: no id, no source.
        var input = JsonNode.Parse("""{"detail-type":"EnvironmentRequested","time":"2026-01-06T06:00:00Z","detail":{"name":"dev","region":"eu-west-1","ttlHours":14}}""");

        var answer = await _events.HandleAsync(input, Ct);

        Assert.Equal(EventOutcome.Started, answer.Outcome);
        Assert.Equal(ExecutionNames.Up("dev", new DateTimeOffset(2026, 1, 6, 6, 0, 0, TimeSpan.Zero)), answer.ExecutionName);
        Assert.Null(answer.EventId);
    }

    [Fact]
    public async Task HandleAsync_TimeKeywordNotReplaced_UsesNowTruncatedToTheMinute()
    {
        _world.Clock.Advance(TimeSpan.FromSeconds(42.5));
        var input = JsonNode.Parse("""{"detail-type":"EnvironmentTeardownRequested","time":"<aws.scheduler.scheduled-time>","detail":{"environmentName":"dev"}}""");

        var answer = await _events.HandleAsync(input, Ct);

        var now = _world.Clock.GetUtcNow();
        var minute = new DateTimeOffset(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, TimeSpan.Zero);
        Assert.NotEqual(now, minute);
        Assert.Equal(ExecutionNames.Down("dev", minute), answer.ExecutionName);
    }

    [Fact]
    public async Task HandleAsync_StepFunctionsFails_Throws()
    {
        var missing = new StateMachines(_world.Machines.ProvisionArn + "-gone", _world.Machines.TeardownArn + "-gone");
        var events = new EnvironmentEvents(new EnvironmentExecutions(_world.Client, missing), FunctionRegion, _world.Clock, _log);

        await Assert.ThrowsAnyAsync<EksProvisionerException>(() => events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, """{"name":"dev"}"""), Ct));
        Assert.Empty(_log.ToString());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HandleAsync_RequestForExistingEnvironment_IsRejectedNamingThePhaseAndStartsNothing(bool finished)
    {
        var first = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, """{"name":"dev","region":"eu-west-1"}"""), Ct);
        if (finished)
        {
            await _world.Finish(first.ExecutionArn!);
        }

        var second = await _events.HandleAsync(Event(EventDetailTypes.EnvironmentRequested, """{"name":"dev","region":"eu-west-1","ticket":{"system":"jira","key":"OPS-2"}}""", time: "2026-01-05T09:00:00Z", id: "other"), Ct);

        Assert.Equal(EventOutcome.Rejected, second.Outcome);
        Assert.Contains(finished ? "phase Ready" : "phase Provisioning", Assert.Single(second.Problems), StringComparison.Ordinal);
        Assert.Equal(1, Starts);
        Assert.Contains("rejected EnvironmentRequested other for dev", _log.ToString(), StringComparison.Ordinal);
    }
}
