using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.StepFunctionsLocal.Tests;

public sealed class StepFunctionsEngineTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static List<JsonObject> History(StepFunctionsEngine engine, string executionArn)
    {
        var (_, body) = new StepFunctionsApi(engine).Handle("GetExecutionHistory", new JsonObject { ["executionArn"] = executionArn, ["maxResults"] = 1000 }.ToJsonString());
        return JsonNode.Parse(body)!["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
    }

    [Fact]
    public async Task RunExecution_FifteenMinuteWait_VirtualClockJumpsWithCoherentTimestamps()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        var arn = engine.CreateStateMachine("waits", """
            {"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":900,"Next":"T"},
             "T":{"Type":"Pass","Parameters":{"entered.$":"$$.State.EnteredTime"},"End":true}}}
            """);
        var result = await engine.RunExecutionAsync(arn, "{}", "long", Ct);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("""{"entered":"2026-01-05T09:15:00.000Z"}""", result.Output);
        Assert.Equal(VirtualClock.DefaultStart.AddMinutes(15), result.StopDate);
        Assert.Equal(VirtualClock.DefaultStart.AddMinutes(15), clock.GetUtcNow());
        var events = History(engine, result.ExecutionArn);
        var waitExited = events.Single(e => e["type"]!.GetValue<string>() == "WaitStateExited");
        Assert.Equal(VirtualClock.DefaultStart.AddMinutes(15).ToUnixTimeSeconds(), waitExited["timestamp"]!.GetValue<double>());
    }

    [Fact]
    public async Task Scheduler_InFlightTask_HoldsTimeUntilItReturns()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        var release = new TaskCompletionSource<JsonNode?>(TaskCreationOptions.RunContinuationsAsynchronously);
        var entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        engine.RegisterFunction("Block", async (_, _) =>
        {
            entered.TrySetResult();
            return await release.Task;
        });
        var waiter = engine.CreateStateMachine("waiter", """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":60,"End":true}}}""");
        var blocker = engine.CreateStateMachine("blocker", """{"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Block","End":true}}}""");

        var blocked = engine.StartExecution(blocker);
        await entered.Task.WaitAsync(Ct);
        var waiting = engine.StartExecution(waiter);
        await Task.Yield();

        Assert.Equal(VirtualClock.DefaultStart, clock.GetUtcNow());
        Assert.Equal(ExecutionStatus.Running, engine.DescribeExecution(waiting).Status);
        release.SetResult(JsonValue.Create(1));
        var done = await engine.WaitForExecutionAsync(waiting, Ct);
        await engine.WaitForExecutionAsync(blocked, Ct);
        Assert.Equal(VirtualClock.DefaultStart.AddSeconds(60), done.StopDate);
    }

    [Fact]
    public async Task Scheduler_NoExecutionRunning_ClockStaysPut()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        clock.Schedule(VirtualClock.DefaultStart.AddHours(1), () => { });

        await TestEngine.RunAsync(engine, """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");

        Assert.Equal(VirtualClock.DefaultStart, clock.GetUtcNow());
        Assert.NotNull(clock.NextDue);
    }

    [Fact]
    public async Task Retry_BackoffAndMaxDelay_SpacesAttemptsOnTheVirtualClock()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        var attempts = new List<DateTimeOffset>();
        engine.RegisterFunction("Flaky", (_, _) =>
        {
            attempts.Add(clock.GetUtcNow());
            throw new TimeoutException("again");
        });

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Flaky",
              "Retry":[{"ErrorEquals":["TimeoutException"],"IntervalSeconds":3,"BackoffRate":2,"MaxAttempts":4,"MaxDelaySeconds":10}],"End":true}}}
            """);

        Assert.Equal("TimeoutException", result.Error);
        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalSeconds).ToArray();
        Assert.Equal([3.0, 6.0, 10.0, 10.0], gaps);
    }

    [Fact]
    public async Task Retry_FullJitter_UsesTheInjectedRandomizer()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock, Randomizers.Fixed(0.25));
        var attempts = new List<DateTimeOffset>();
        engine.RegisterFunction("Flaky", (_, _) =>
        {
            attempts.Add(clock.GetUtcNow());
            throw new TimeoutException("again");
        });

        await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Flaky",
              "Retry":[{"ErrorEquals":["States.ALL"],"IntervalSeconds":8,"BackoffRate":2,"MaxAttempts":2,"JitterStrategy":"FULL"}],"End":true}}}
            """);

        var gaps = attempts.Zip(attempts.Skip(1), (a, b) => (b - a).TotalSeconds).ToArray();
        Assert.Equal([2.0, 4.0], gaps);
    }

    [Fact]
    public async Task Retry_RetryCount_VisibleInContextObject()
    {
        var engine = TestEngine.Create();
        var seen = new List<int>();
        engine.RegisterFunction("Count", (payload, _) =>
        {
            seen.Add(payload!["retry"]!.GetValue<int>());
            return seen.Count < 3 ? throw new TimeoutException() : Task.FromResult<JsonNode?>(JsonValue.Create("ok"));
        });

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Count",
              "Parameters":{"retry.$":"$$.State.RetryCount"},"Retry":[{"ErrorEquals":["States.ALL"]}],"End":true}}}
            """);

        Assert.Equal("\"ok\"", result.Output);
        Assert.Equal([0, 1, 2], seen);
    }

    [Fact]
    public async Task TaskTimeout_FunctionParkedPastTimeout_FailsWithStatesTimeout()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        engine.RegisterFunction("Slow", async (_, ct) =>
        {
            await engine.DelayAsync(TimeSpan.FromMinutes(10), ct);
            return null;
        });

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Slow","TimeoutSeconds":30,"End":true}}}
            """);

        Assert.Equal(StatesErrors.Timeout, result.Error);
        Assert.Equal(VirtualClock.DefaultStart.AddSeconds(30), result.StopDate);
    }

    [Fact]
    public async Task ExecutionTimeout_LongWait_TimesOut()
    {
        var engine = TestEngine.Create();

        var result = await TestEngine.RunAsync(engine, """{"TimeoutSeconds":5,"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":3600,"End":true}}}""");

        Assert.Equal(ExecutionStatus.TimedOut, result.Status);
        Assert.Null(result.Error);
        Assert.Null(result.Cause);
        Assert.Equal(VirtualClock.DefaultStart.AddSeconds(5), result.StopDate);
    }

    [Fact]
    public async Task TransitionGuard_InfiniteLoop_FailsWithClearError()
    {
        var engine = TestEngine.Create(options: new StepFunctionsEngineOptions { MaxStateTransitions = 100 });

        var result = await TestEngine.RunAsync(engine, """{"StartAt":"A","States":{"A":{"Type":"Pass","Next":"B"},"B":{"Type":"Pass","Next":"A"}}}""");

        Assert.Equal(StatesErrors.Runtime, result.Error);
        Assert.Contains("limit of 100 state transitions", result.Cause, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DataLimit_OutputOver256KiB_FailsAndIsNotCaughtByStatesAll()
    {
        var engine = TestEngine.Create();
        engine.RegisterFunction("Big", (_, _) => Task.FromResult<JsonNode?>(JsonValue.Create(new string('x', 300_000))));

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Big",
              "Catch":[{"ErrorEquals":["States.ALL"],"Next":"C"}],"End":true},"C":{"Type":"Succeed"}}}
            """);

        Assert.Equal(StatesErrors.DataLimitExceeded, result.Error);
    }

    [Fact]
    public async Task LambdaError_Cause_CarriesErrorTypeAndMessageButNoStackTrace()
    {
        var engine = TestEngine.Create();

        var result = await TestEngine.RunAsync(engine, """{"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Throw","End":true}}}""");

        Assert.Equal("InvalidOperationException", result.Error);
        var cause = JsonNode.Parse(result.Cause!)!;
        Assert.Equal("boom", cause["errorMessage"]!.GetValue<string>());
        Assert.Equal("InvalidOperationException", cause["errorType"]!.GetValue<string>());
        Assert.Null(cause["stackTrace"]);
        Assert.DoesNotContain(".cs:line", result.Cause!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task LambdaInvoke_Result_WrappedAsAwsDoes()
    {
        var engine = TestEngine.Create();

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"T","States":{"T":{"Type":"Task","Resource":"arn:aws:states:::lambda:invoke","Parameters":{"FunctionName":"Echo","Payload":{"v":1}},"End":true}}}
            """);

        var output = JsonNode.Parse(result.Output!)!;
        Assert.Equal("""{"v":1}""", output["Payload"]!.ToJsonString());
        Assert.Equal(200, output["StatusCode"]!.GetValue<int>());
        Assert.Equal("$LATEST", output["ExecutedVersion"]!.GetValue<string>());
        Assert.Equal(200, output["SdkHttpMetadata"]!["HttpStatusCode"]!.GetValue<int>());
    }

    [Fact]
    public async Task StartExecutionSync2_NestedMachine_ReturnsJsonOutput()
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = TestEngine.Create(clock);
        var child = engine.CreateStateMachine("child", """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":120,"Next":"P"},"P":{"Type":"Pass","Parameters":{"got.$":"$.x"},"End":true}}}""");

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"Run","States":{"Run":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync:2",
              "Parameters":{"StateMachineArn":"CHILD","Input":{"x.$":"$.value"}},"OutputPath":"$.Output","End":true}}}
            """.Replace("CHILD", child, StringComparison.Ordinal), """{"value":7}""");

        Assert.Equal("""{"got":7}""", result.Output);
        Assert.Equal(VirtualClock.DefaultStart.AddSeconds(120), clock.GetUtcNow());
    }

    [Fact]
    public async Task StartExecutionSync_ChildFails_TaskFailedWithChildErrorInCause()
    {
        var engine = TestEngine.Create();
        var child = engine.CreateStateMachine("child", """{"StartAt":"F","States":{"F":{"Type":"Fail","Error":"ChildError","Cause":"no"}}}""");

        var result = await TestEngine.RunAsync(engine, """
            {"StartAt":"Run","States":{"Run":{"Type":"Task","Resource":"arn:aws:states:::states:startExecution.sync","Parameters":{"StateMachineArn":"CHILD"},"End":true}}}
            """.Replace("CHILD", child, StringComparison.Ordinal));

        Assert.Equal(StatesErrors.TaskFailed, result.Error);
        Assert.Equal("ChildError", JsonNode.Parse(result.Cause!)!["Error"]!.GetValue<string>());
    }

    [Fact]
    public async Task StopExecution_Running_AbortsAndRecordsEvent()
    {
        var engine = TestEngine.Create();
        var arn = engine.CreateStateMachine("m", """{"StartAt":"B","States":{"B":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Park","End":true}}}""");
        var parked = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        engine.RegisterFunction("Park", async (_, ct) =>
        {
            parked.TrySetResult();
            await new TaskCompletionSource().Task.WaitAsync(ct);
            return null;
        });
        var execution = engine.StartExecution(arn);
        await parked.Task.WaitAsync(Ct);

        engine.StopExecution(execution, "Stopped", "by test");
        var result = await engine.WaitForExecutionAsync(execution, Ct);

        Assert.Equal(ExecutionStatus.Aborted, result.Status);
        Assert.Equal("Stopped", result.Error);
        Assert.Equal("ExecutionAborted", History(engine, execution)[^1]["type"]!.GetValue<string>());
    }

    /// <summary>AWS refuses the start itself (the input's length constraint, in UTF-8 bytes): 90 002 characters, 270 002 bytes.</summary>
    [Fact]
    public void StartExecution_InputOverLimitInUtf8Bytes_RefusedWithValidationException()
    {
        var engine = TestEngine.Create();
        var arn = engine.CreateStateMachine("machine", """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""");

        var error = Assert.Throws<StepFunctionsApiException>(() => engine.StartExecution(arn, $"\"{new string('\u20ac', 90_000)}\""));

        Assert.Equal("ValidationException", error.ErrorType);
        Assert.Equal("1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to 262144", error.Message);
    }
}
