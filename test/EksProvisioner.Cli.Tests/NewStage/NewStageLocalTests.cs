using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;
using EksProvisioner.Functions.Stages;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Cli.Tests.NewStage;

/// <summary>A new stage's table line is all the local account needs to run it from an ASL state.</summary>
public sealed class NewStageLocalTests
{
    private const string Definition = """
        {"StartAt":"Greet","States":{"Greet":{"Type":"Task","Resource":"${GreetEnvironmentFunctionArn}","End":true}}}
        """;

    [Fact]
    public async Task StartAsync_TableWithANewStage_RunsItFromItsAslPlaceholder()
    {
        var ct = TestContext.Current.CancellationToken;
        var line = Stage.Of<GreetInput, Greeting>("GreetEnvironment", c => new GreetEnvironment(c.TimeProvider).RunAsync);
        await using var account = await LocalAccount.StartAsync(
            new LocalAccountOptions { StateDirectory = null, Stages = [.. StageTable.Workflow, line] }, ct);
        var definition = Definitions.Resolve(Definition, [line.Placeholder], account.FunctionArn, null);
        var machine = account.Engine.CreateStateMachine("greet", definition);

        var result = await account.Engine.RunExecutionAsync(machine, """{"environmentName":"dev"}""", cancellationToken: ct);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        var output = JsonNode.Parse(result.Output!)!;
        Assert.Equal("hello dev", output["text"]!.GetValue<string>());
        Assert.Equal(account.Clock.GetUtcNow(), output["at"]!.GetValue<DateTimeOffset>());
    }
}
