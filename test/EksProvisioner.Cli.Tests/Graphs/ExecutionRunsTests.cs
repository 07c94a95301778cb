using EksProvisioner.Cli.Graphs;

namespace EksProvisioner.Cli.Tests.Graphs;

/// <summary>Colouring from a real history: the failing-and-caught definition run on the local engine.</summary>
public sealed class ExecutionRunsTests
{
    [Fact]
    public async Task From_FailingCaughtRun_ColoursEveryOutcome()
    {
        var history = await LocalRun.HistoryAsync(GraphDefinitions.FailingCaught);

        var runs = ExecutionRuns.From(history);

        Assert.Equal(RunStatus.Succeeded, runs["Prepare"].Status);
        Assert.Equal(RunStatus.Succeeded, runs["Flaky"].Status);
        Assert.Equal(RunStatus.Caught, runs["Create"].Status);
        Assert.Equal("Broken", runs["Create"].Error);
        Assert.Equal(RunStatus.Succeeded, runs["Rollback"].Status);
        Assert.Equal(RunStatus.Failed, runs["ProvisioningFailed"].Status);
        Assert.False(runs.ContainsKey("Finish"));
    }

    [Fact]
    public async Task From_RetriedTask_CountsRetriesAndTheirTime()
    {
        var history = await LocalRun.HistoryAsync(GraphDefinitions.FailingCaught);

        var flaky = ExecutionRuns.From(history)["Flaky"];

        Assert.Equal(2, flaky.Retries);
        Assert.Equal(1, flaky.Entries);
        Assert.Equal(TimeSpan.FromSeconds(20), flaky.Duration);
    }

    [Fact]
    public async Task Caption_NotReachedAndRetried_SayWhatHappened()
    {
        var graph = StateGraphReader.Read(GraphDefinitions.FailingCaught);
        var runs = ExecutionRuns.From(await LocalRun.HistoryAsync(GraphDefinitions.FailingCaught));

        Assert.Equal("not reached", GraphStyle.Caption(graph.Node("Finish"), GraphStyle.RunOf(runs, "Finish")));
        Assert.Equal("20 s · retried 2×", GraphStyle.Caption(graph.Node("Flaky"), GraphStyle.RunOf(runs, "Flaky")));
        Assert.StartsWith("caught: Broken", GraphStyle.Caption(graph.Node("Create"), GraphStyle.RunOf(runs, "Create")), StringComparison.Ordinal);
    }
}
