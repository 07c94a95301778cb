using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class StatusCommandTests
{
    [Fact]
    public async Task Status_AfterUp_ShowsTheRunAndLiveResources()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var status = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("up", status["operation"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", status["status"]!.GetValue<string>());
        Assert.Contains(status["liveResources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "cluster");
    }

    [Fact]
    public async Task Status_UnknownEnvironment_ExitsOne()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("status", "nope", "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("nope", run.Stderr, StringComparison.Ordinal);
    }
}
