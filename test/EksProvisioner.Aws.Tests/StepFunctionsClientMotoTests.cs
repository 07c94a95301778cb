using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

[Collection(MotoCollection.Name)]
public sealed class StepFunctionsClientMotoTests(MotoServer moto) : IDisposable
{
    private const string Definition = """{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";
    private const string RoleArn = "arn:aws:iam::123456789012:role/states";

    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private IStepFunctionsClient Sfn => _factory.CreateStepFunctions();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    private Task<CreateStateMachineResponse> CreateAsync(string name) => Sfn.CreateStateMachineAsync(
        new CreateStateMachineRequest
        {
            Name = name,
            Definition = Definition,
            RoleArn = RoleArn,
            Type = "STANDARD",
            Tags = [new Tag { Key = AwsTags.Environment, Value = "env-a" }],
        },
        Token);

    [Fact]
    public async Task CreateStateMachine_NewName_DescribeAndListReturnIt()
    {
        var name = TestFactories.Unique("machine");

        var created = await CreateAsync(name);
        var described = await Sfn.DescribeStateMachineAsync(new DescribeStateMachineRequest { StateMachineArn = created.StateMachineArn }, Token);
        var listed = new List<StateMachineListItem>();
        await foreach (var item in Sfn.ListAllStateMachinesAsync(Token))
        {
            listed.Add(item);
        }

        Assert.EndsWith(":stateMachine:" + name, created.StateMachineArn, StringComparison.Ordinal);
        Assert.NotNull(created.CreationDate);
        Assert.Equal(name, described.Name);
        Assert.Equal(Definition, described.Definition);
        Assert.Equal(RoleArn, described.RoleArn);
        Assert.Equal("ACTIVE", described.Status);
        Assert.Contains(listed, item => item.StateMachineArn == created.StateMachineArn && item.Name == name);
        Assert.Equal("STANDARD", described.Type);
    }

    [Fact]
    public async Task UpdateStateMachine_NewDefinition_DescribeReturnsIt()
    {
        var created = await CreateAsync(TestFactories.Unique("updated"));
        const string updated = """{"StartAt":"Again","States":{"Again":{"Type":"Pass","End":true}}}""";

        var response = await Sfn.UpdateStateMachineAsync(new UpdateStateMachineRequest { StateMachineArn = created.StateMachineArn, Definition = updated }, Token);
        var described = await Sfn.DescribeStateMachineAsync(new DescribeStateMachineRequest { StateMachineArn = created.StateMachineArn }, Token);

        Assert.NotNull(response.UpdateDate);
        Assert.Equal(updated, described.Definition);
    }

    [Fact]
    public async Task DescribeStateMachine_Missing_ThrowsAwsResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => Sfn.DescribeStateMachineAsync(
            new DescribeStateMachineRequest { StateMachineArn = "arn:aws:states:us-east-1:123456789012:stateMachine:missing" },
            Token));

        Assert.Equal("StateMachineDoesNotExist", error.AwsErrorCode);
        Assert.Equal("states", error.Service);
        Assert.Equal("DescribeStateMachine", error.Operation);
    }

    [Fact]
    public async Task StartExecution_ThenStop_DescribeListAndHistoryAgree()
    {
        var machine = await CreateAsync(TestFactories.Unique("runs"));

        var started = await Sfn.StartExecutionAsync(new StartExecutionRequest { StateMachineArn = machine.StateMachineArn, Name = "first", Input = """{"a":1}""" }, Token);
        var running = await Sfn.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn }, Token);
        var stopped = await Sfn.StopExecutionAsync(new StopExecutionRequest { ExecutionArn = started.ExecutionArn, Error = "Cancelled", Cause = "test" }, Token);
        var described = await Sfn.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn }, Token);
        var listed = new List<ExecutionListItem>();
        await foreach (var item in Sfn.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = machine.StateMachineArn }, Token))
        {
            listed.Add(item);
        }

        var history = new List<HistoryEvent>();
        await foreach (var item in Sfn.GetAllExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = started.ExecutionArn }, Token))
        {
            history.Add(item);
        }

        Assert.EndsWith(":first", started.ExecutionArn, StringComparison.Ordinal);
        Assert.NotNull(started.StartDate);
        Assert.Equal("RUNNING", running.Status);
        Assert.Equal("""{"a":1}""", running.Input);
        Assert.NotNull(stopped.StopDate);
        Assert.Equal("ABORTED", described.Status);
        Assert.Equal([started.ExecutionArn], listed.Select(item => item.ExecutionArn));
        Assert.NotEmpty(history);
        Assert.All(history, e => Assert.NotNull(e.Type));
    }

    [Fact]
    public async Task DescribeExecution_Missing_ThrowsAwsResourceNotFound()
    {
        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => Sfn.DescribeExecutionAsync(
            new DescribeExecutionRequest { ExecutionArn = "arn:aws:states:us-east-1:123456789012:execution:missing:x" },
            Token));

        Assert.Equal("ExecutionDoesNotExist", error.AwsErrorCode);
    }
}
