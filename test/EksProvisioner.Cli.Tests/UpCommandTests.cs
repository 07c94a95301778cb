using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

public sealed class UpCommandTests
{
    [Fact]
    public async Task Up_MinimalLocalJson_PrintsOneSucceededObjectAndWritesTheKubeconfig()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!.AsObject();
        Assert.Equal(["executionArn", "status", "error", "cause", "simulatedSeconds", "stateTransitions", "resources"], result.Select(p => p.Key));
        Assert.Equal("SUCCEEDED", result["status"]!.GetValue<string>());
        Assert.InRange(result["simulatedSeconds"]!.GetValue<double>(), 840, 840 * 1.05);
        Assert.Contains(result["resources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "AWS::EKS::Cluster");
        var kubeconfig = await File.ReadAllTextAsync(Path.Combine(state.Path, "environments", "dev", "kubeconfig"), TestContext.Current.CancellationToken);
        Assert.Contains("get-token", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_Table_ShowsProgressAndSummary()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("simulated] CreateCluster", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Status:            SUCCEEDED", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Kubeconfig:", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestData.InvalidCases), MemberType = typeof(TestData))]
    public async Task Up_InvalidRequest_ExitsTwoWithThePlanProblems(string file)
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", Path.Combine(TestData.InvalidFolder, file), "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([TestData.ExpectedProblems[file]], run.StderrLines);
        Assert.Empty(Directory.GetFileSystemEntries(state.Path));
    }

    [Fact]
    public async Task Up_LatencyModelFile_ShortensTheSimulatedDuration()
    {
        using var state = new StateDir();
        var latency = Path.Combine(state.Path, "latency.json");
        await File.WriteAllTextAsync(latency, """{"clusterCreateSeconds": 300, "nodegroupCreateSeconds": 120}""", TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", Path.Combine(state.Path, "s"), "--latency-model", latency);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.InRange(JsonNode.Parse(run.Stdout)!["simulatedSeconds"]!.GetValue<double>(), 420, 839);
    }

    [Fact]
    public async Task Up_UnreadableFaultsFile_ExitsTwo()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path, "--faults", Path.Combine(state.Path, "missing.json"));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("fault", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_NodegroupFault_ExitsOneFailedWithNothingLeft()
    {
        using var state = new StateDir();
        var faults = await NodegroupFaultAsync(state);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("FAILED", result["status"]!.GetValue<string>());
        Assert.Empty(result["resources"]!.AsArray());
    }

    [Fact]
    public async Task Up_EnvironmentReady_RefusesNamingThePhaseAndLeavesItIntact()
    {
        using var state = new StateDir();
        var first = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path);
        var before = await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path);
        var faults = await NodegroupFaultAsync(state);

        var second = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.Ok, first.ExitCode);
        Assert.Equal(ExitCodes.Failed, second.ExitCode);
        Assert.Contains("environment 'dev' already exists (phase Ready", second.Stderr, StringComparison.Ordinal);
        Assert.Equal("", second.Stdout);
        var status = await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path);
        Assert.Equal(ExitCodes.Ok, status.ExitCode);
        Assert.Equal(JsonNode.Parse(before.Stdout)!["liveResources"]!.ToJsonString(), JsonNode.Parse(status.Stdout)!["liveResources"]!.ToJsonString());
    }

    /// <summary>A faults file in <paramref name="state"/> that fails every CreateNodegroup.</summary>
    private static async Task<string> NodegroupFaultAsync(StateDir state)
    {
        var faults = Path.Combine(state.Path, "faults.json");
        await File.WriteAllTextAsync(
            faults,
            """{"rules":[{"service":"eks","operation":"CreateNodegroup","error":{"code":"ResourceLimitExceededException","message":"quota"}}]}""",
            TestContext.Current.CancellationToken);
        return faults;
    }
}
