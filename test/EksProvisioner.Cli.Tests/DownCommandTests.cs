using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class DownCommandTests
{
    [Fact]
    public async Task Down_AfterUpInAnEarlierRun_ExitsZeroWithNothingLeft()
    {
        using var state = new StateDir();
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path)).ExitCode);

        var run = await CliRun.RunAsync("down", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("SUCCEEDED", result["status"]!.GetValue<string>());
        Assert.Empty(result["resources"]!.AsArray());
        var status = JsonNode.Parse((await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path)).Stdout)!;
        Assert.Empty(status["liveResources"]!.AsArray());
    }
}
