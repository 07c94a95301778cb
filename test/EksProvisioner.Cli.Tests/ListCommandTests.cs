using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class ListCommandTests
{
    [Fact]
    public async Task List_AfterUp_NamesTheEnvironment()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("list", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var environment = Assert.Single(JsonNode.Parse(run.Stdout)!.AsArray());
        Assert.Equal("dev", environment!["name"]!.GetValue<string>());
    }

    [Fact]
    public async Task List_EmptyStateDir_PrintsOnlyTheHeader()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("list", "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Single(run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }
}
