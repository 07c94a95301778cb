using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;
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
        Assert.Equal(["executionArn", "status", "error", "cause", "simulatedSeconds", "stateTransitions", "resources", "outcome", "left"], result.Select(p => p.Key));
        Assert.Equal("Ready", result["outcome"]!.GetValue<string>());
        Assert.Empty(result["left"]!.AsArray());
        Assert.Equal("SUCCEEDED", result["status"]!.GetValue<string>());
        Assert.InRange(result["simulatedSeconds"]!.GetValue<double>(), 840, 840 * 1.05);
        Assert.Contains(result["resources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "AWS::EKS::Cluster");
        var kubeconfig = await File.ReadAllTextAsync(Path.Combine(state.Path, "environments", "dev", "kubeconfig"), TestContext.Current.CancellationToken);
        Assert.Contains("get-token", kubeconfig, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_Table_ShowsProgressInWordsAndSummary()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("] Creating the control plane", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("CreateCluster", run.Stderr, StringComparison.Ordinal);
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
        Assert.Equal([CliProblems.Expected(file)], run.StderrLines);
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
    public async Task Up_NodegroupFault_ExitsOneRolledBackWithNothingLeft()
    {
        using var state = new StateDir();
        var faults = await NodegroupFaultAsync(state);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("FAILED", result["status"]!.GetValue<string>());
        Assert.Equal("RolledBack", result["outcome"]!.GetValue<string>());
        Assert.Empty(result["resources"]!.AsArray());
        Assert.Empty(result["left"]!.AsArray());
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

    [Fact]
    public async Task Up_CancelledLocally_StopsTheExecutionAbortedExits130AndDownRemovesWhatIsLeft()
    {
        using var state = new StateDir();
        using var stdout = new StringWriter();
        using var stderr = new LineSignallingWriter("[");
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var onFirstStage = stderr.Line.ContinueWith(_ => interrupt.Cancel(), TestContext.Current.CancellationToken, TaskContinuationOptions.None, TaskScheduler.Default);

        var code = await CliApp.RunAsync(
            ["up", StateDir.Minimal, "--local", "--state-dir", state.Path], stdout, stderr, new FixedNowTimeProvider(CliRun.Now), _ => null, interrupt.Token);
        await onFirstStage;

        Assert.Equal(ExitCodes.Interrupted, code);
        Assert.Contains("the execution was stopped (ABORTED)", stderr.ToString(), StringComparison.Ordinal);
        var status = await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path);
        Assert.Equal("Interrupted", JsonNode.Parse(status.Stdout)!["phase"]!.GetValue<string>());
        var down = await CliRun.RunAsync("down", "dev", "--local", "--output", "json", "--state-dir", state.Path);
        Assert.Equal(ExitCodes.Ok, down.ExitCode);
    }

    [Fact]
    public async Task Up_RollbackLeavesASubnet_ExitsThreeWithOutcomeRollbackIncompleteAndWhatIsLeft()
    {
        using var state = new StateDir();
        var faults = await RollbackBlockedFaultAsync(state);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.RollbackIncomplete, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("RollbackIncomplete", result["outcome"]!.GetValue<string>());
        var subnet = Assert.Single(result["left"]!.AsArray(), l => l!["resource"]!.GetValue<string>().StartsWith("subnet:", StringComparison.Ordinal))!;
        Assert.StartsWith("DependencyViolation: ", subnet["why"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_RollbackLeavesASubnet_TextSaysRollbackIncompleteAndTheNextStep()
    {
        using var state = new StateDir();
        var faults = await RollbackBlockedFaultAsync(state);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.RollbackIncomplete, run.ExitCode);
        Assert.Contains("Outcome:           RollbackIncomplete", run.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"\n  subnet:subnet-\S+: DependencyViolation: ", run.Stdout);
        Assert.Contains("ROLLBACK INCOMPLETE", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Next step: eksprov down dev", run.Stdout, StringComparison.Ordinal);
    }

    /// <summary>
    /// A faults file in <paramref name="state"/> that fails every CreateNodegroup and keeps refusing one
    /// subnet's delete (the first DeleteSubnet of the first pass over the 6 subnets of 3 zones, and every one after it).
    /// </summary>
    private static async Task<string> RollbackBlockedFaultAsync(StateDir state)
    {
        var rules = new JsonArray(JsonNode.Parse("""{"service":"eks","operation":"CreateNodegroup","error":{"code":"ResourceLimitExceededException","message":"quota"}}"""));
        foreach (var call in new[] { 1 }.Concat(Enumerable.Range(7, 60)))
        {
            rules.Add(new JsonObject
            {
                ["service"] = "ec2",
                ["operation"] = "DeleteSubnet",
                ["call"] = call,
                ["error"] = new JsonObject { ["code"] = "DependencyViolation", ["message"] = "The subnet has dependencies and cannot be deleted." },
            });
        }

        var faults = Path.Combine(state.Path, "faults.json");
        await File.WriteAllTextAsync(faults, new JsonObject { ["rules"] = rules }.ToJsonString(), TestContext.Current.CancellationToken);
        return faults;
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

    [Fact]
    public async Task Up_Local_SavesTheHistoryWhileItRuns()
    {
        using var state = new StateDir();
        var records = new EnvironmentRecords(state.Path);
        var seen = new List<(string Status, int Events)>();
        using var stdout = new StringWriter();
        using var stderr = new ProbingWriter(() => seen.Add((records.Load("dev")?.Status ?? "", records.History("dev", "up")?.Count ?? 0)));

        await CliApp.RunAsync(
            ["up", StateDir.Minimal, "--local", "--state-dir", state.Path], stdout, stderr, new FixedNowTimeProvider(CliRun.Now), _ => null, TestContext.Current.CancellationToken);

        Assert.Contains(seen, s => s.Status == EnvironmentRecords.Running && s.Events > 0);
    }
}
