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

    [Fact]
    public async Task Down_AfterUp_ListsWhatItDeleted()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);
        var before = JsonNode.Parse((await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path)).Stdout)!;
        var subnets = before["liveResources"]!.AsArray().Where(r => r!["type"]!.GetValue<string>() == "subnet").Select(r => "subnet:" + r!["id"]!.GetValue<string>()).ToList();

        var run = await CliRun.RunAsync("down", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        var deleted = JsonNode.Parse(run.Stdout)!["deleted"]!.AsArray().Select(d => d!.GetValue<string>()).ToList();
        Assert.NotEmpty(subnets);
        Assert.All(subnets, s => Assert.Contains(s, deleted));
    }

    [Fact]
    public async Task Down_AfterUpAsText_ListsWhatItDeleted()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("down", "dev", "--local", "--state-dir", state.Path);

        Assert.Contains("Deleted (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("  subnet:subnet-", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Down_SubnetsKeepRefusingDeletion_ExitsOneListingWhatIsLeftAndWhy()
    {
        using var state = new StateDir();
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path)).ExitCode);
        var faults = Path.Combine(state.Path, "faults.json");
        await File.WriteAllTextAsync(
            faults,
            """{"rules":[{"service":"ec2","operation":"DeleteSubnet","error":{"code":"DependencyViolation","message":"in use"}}]}""",
            TestContext.Current.CancellationToken);

        var json = await CliRun.RunAsync("down", "dev", "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);
        var text = await CliRun.RunAsync("down", "dev", "--local", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.Failed, json.ExitCode);
        var left = JsonNode.Parse(json.Stdout)!["left"]!.AsArray();
        Assert.Contains(left, l => l!["resource"]!.GetValue<string>().StartsWith("subnet:", StringComparison.Ordinal) && l["why"]!.GetValue<string>().StartsWith("DependencyViolation: ", StringComparison.Ordinal)
            && l["why"]!.GetValue<string>().Contains("in use", StringComparison.Ordinal));
        Assert.Equal(ExitCodes.Failed, text.ExitCode);
        Assert.Matches(@"Left \(\d+\):\n(  \S+: .+\n)+", text.Stdout.Replace("\r", "", StringComparison.Ordinal));
    }
}
