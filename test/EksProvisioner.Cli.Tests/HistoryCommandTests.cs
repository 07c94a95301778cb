using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class HistoryCommandTests
{
    [Fact]
    public async Task History_AfterUp_StartsWithExecutionStartedAndEndsSucceeded()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("history", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var events = JsonNode.Parse(run.Stdout)!["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", events[0]!["type"]!.GetValue<string>());
        Assert.Equal("ExecutionSucceeded", events[^1]!["type"]!.GetValue<string>());
    }

    [Fact]
    public async Task History_Json_IsPlainUtf8WithoutUnicodeEscapedQuotes()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("history", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        // The execution's input is a JSON string: its quotes are written \" rather than \u0022.
        Assert.Contains("\"input\":\"{\\\"name\\\":", run.Stdout, StringComparison.Ordinal);
        Assert.DoesNotContain("{\\u0022name\\u0022", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task History_NoDownYet_ExitsOne()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("history", "dev", "--local", "--operation", "down", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
    }
}
