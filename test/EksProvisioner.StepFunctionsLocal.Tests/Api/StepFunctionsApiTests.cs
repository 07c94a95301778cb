using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.StepFunctionsLocal.Tests.Api;

public sealed class StepFunctionsApiTests
{
    private const string Definition = """{"StartAt":"W","States":{"W":{"Type":"Wait","Seconds":30,"Next":"T"},"T":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:123456789012:function:Echo","End":true}}}""";

    private readonly StepFunctionsEngine _engine = TestEngine.Create();

    private StepFunctionsApi Api => new(_engine);

    private JsonObject Call(string operation, object body, int expectedStatus = 200)
    {
        var (status, text) = Api.Handle(operation, System.Text.Json.JsonSerializer.Serialize(body));
        Assert.True(status == expectedStatus, text);
        return JsonNode.Parse(text)!.AsObject();
    }

    private string CreateMachine() =>
        Call("CreateStateMachine", new { name = "api", definition = Definition, roleArn = "arn:aws:iam::123456789012:role/r" })["stateMachineArn"]!.GetValue<string>();

    [Fact]
    public async Task StartExecution_ThenDescribe_ReportsOutputAndEpochDates()
    {
        var machine = CreateMachine();

        var started = Call("StartExecution", new { stateMachineArn = machine, name = "run1", input = """{"a":1}""" });
        var arn = started["executionArn"]!.GetValue<string>();
        await _engine.WaitForExecutionAsync(arn, TestContext.Current.CancellationToken);
        var described = Call("DescribeExecution", new { executionArn = arn });

        Assert.Equal("arn:aws:states:us-east-1:123456789012:execution:api:run1", arn);
        Assert.Equal("SUCCEEDED", described["status"]!.GetValue<string>());
        Assert.Equal("""{"a":1}""", described["output"]!.GetValue<string>());
        Assert.Equal(started["startDate"]!.GetValue<double>() + 30, described["stopDate"]!.GetValue<double>());
    }

    [Fact]
    public void StartExecution_SameNameWhileRunning_IdempotentOnlyForSameInput()
    {
        var machine = CreateMachine();
        // An invocation in flight that only ends when cancelled: the execution stays RUNNING (time cannot move past it).
        _engine.RegisterFunction("Echo", async (p, ct) =>
        {
            await new TaskCompletionSource().Task.WaitAsync(ct);
            return p;
        });

        var first = Call("StartExecution", new { stateMachineArn = machine, name = "same", input = "{}" });
        var again = Call("StartExecution", new { stateMachineArn = machine, name = "same", input = "{}" });
        var conflict = Call("StartExecution", new { stateMachineArn = machine, name = "same", input = """{"x":1}""" }, 400);

        Assert.Equal(first["executionArn"]!.GetValue<string>(), again["executionArn"]!.GetValue<string>());
        Assert.Equal("ExecutionAlreadyExists", conflict["__type"]!.GetValue<string>());
        Call("StopExecution", new { executionArn = first["executionArn"]!.GetValue<string>() });
    }

    [Theory]
    [InlineData("has space")]
    [InlineData("semi;colon")]
    public void StartExecution_InvalidName_InvalidNameError(string name)
    {
        var machine = CreateMachine();

        var error = Call("StartExecution", new { stateMachineArn = machine, name }, 400);

        Assert.Equal("InvalidName", error["__type"]!.GetValue<string>());
    }

    [Fact]
    public void CreateStateMachine_InvalidDefinition_InvalidDefinitionWithProblems()
    {
        var error = Call("CreateStateMachine", new { name = "bad", definition = """{"StartAt":"X","States":{}}""", roleArn = "r" }, 400);

        Assert.Equal("InvalidDefinition", error["__type"]!.GetValue<string>());
        Assert.Contains("/StartAt: state 'X' does not exist", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetExecutionHistory_PagesAndReverses_WithAwsEventShapes()
    {
        var machine = CreateMachine();
        var arn = Call("StartExecution", new { stateMachineArn = machine, input = "{}" })["executionArn"]!.GetValue<string>();
        await _engine.WaitForExecutionAsync(arn, TestContext.Current.CancellationToken);

        var page1 = Call("GetExecutionHistory", new { executionArn = arn, maxResults = 4 });
        var page2 = Call("GetExecutionHistory", new { executionArn = arn, maxResults = 100, nextToken = page1["nextToken"]!.GetValue<string>() });
        var reversed = Call("GetExecutionHistory", new { executionArn = arn, reverseOrder = true });

        var types = page1["events"]!.AsArray().Concat(page2["events"]!.AsArray()).Select(e => e!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(
            ["ExecutionStarted", "WaitStateEntered", "WaitStateExited", "TaskStateEntered", "LambdaFunctionScheduled", "LambdaFunctionStarted", "LambdaFunctionSucceeded", "TaskStateExited", "ExecutionSucceeded"],
            types);
        Assert.Null(page2["nextToken"]);
        var first = page1["events"]![0]!;
        Assert.Equal(1, first["id"]!.GetValue<long>());
        Assert.Equal("{}", first["executionStartedEventDetails"]!["input"]!.GetValue<string>());
        Assert.Equal("W", page1["events"]![1]!["stateEnteredEventDetails"]!["name"]!.GetValue<string>());
        Assert.Equal("ExecutionSucceeded", reversed["events"]![0]!["type"]!.GetValue<string>());
        Assert.Equal(page1["events"]![3]!["id"]!.GetValue<long>(), page2["events"]![0]!["previousEventId"]!.GetValue<long>());
    }

    [Fact]
    public async Task ListExecutions_StatusFilterAndStateMachines_Listed()
    {
        var machine = CreateMachine();
        var arn = Call("StartExecution", new { stateMachineArn = machine })["executionArn"]!.GetValue<string>();
        await _engine.WaitForExecutionAsync(arn, TestContext.Current.CancellationToken);

        var succeeded = Call("ListExecutions", new { stateMachineArn = machine, statusFilter = "SUCCEEDED" });
        var running = Call("ListExecutions", new { stateMachineArn = machine, statusFilter = "RUNNING" });
        var machines = Call("ListStateMachines", new { });

        Assert.Equal(arn, Assert.Single(succeeded["executions"]!.AsArray())!["executionArn"]!.GetValue<string>());
        Assert.Empty(running["executions"]!.AsArray());
        Assert.Equal("api", Assert.Single(machines["stateMachines"]!.AsArray())!["name"]!.GetValue<string>());
    }

    [Fact]
    public void DescribeStateMachine_UpdateAndDelete_Roundtrip()
    {
        var machine = CreateMachine();
        const string updated = """{"StartAt":"P","States":{"P":{"Type":"Pass","End":true}}}""";

        Call("UpdateStateMachine", new { stateMachineArn = machine, definition = updated });
        var described = Call("DescribeStateMachine", new { stateMachineArn = machine });
        Call("DeleteStateMachine", new { stateMachineArn = machine });
        var missing = Call("DescribeStateMachine", new { stateMachineArn = machine }, 400);

        Assert.Equal(updated, described["definition"]!.GetValue<string>());
        Assert.Equal("STANDARD", described["type"]!.GetValue<string>());
        Assert.Equal("StateMachineDoesNotExist", missing["__type"]!.GetValue<string>());
    }

    [Fact]
    public void Handle_UnknownOperation_Error400()
    {
        var (status, body) = Api.Handle("SendTaskSuccess", "{}");

        Assert.Equal(400, status);
        Assert.Contains("UnknownOperationException", body, StringComparison.Ordinal);
    }
}
