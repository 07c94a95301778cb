using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Cli.Tests;

public sealed class LocalPhasesTests
{
    private static readonly EnvironmentRecord Started = new(
        "half", "us-east-1", "up", "arn:aws:states:us-east-1:123456789012:execution:m:half", EnvironmentRecords.Running, null, null, 0, 0, [], null, CliRun.Now, null);

    [Theory]
    [InlineData(false, LocalPhases.Interrupted)]
    [InlineData(true, "Provisioning")]
    public void Of_RunningRecord_IsInterruptedUnlessAnotherProcessHoldsTheDirectory(bool mayBeRunning, string expected) =>
        Assert.Equal(expected, LocalPhases.Of(Started, mayBeRunning));

    [Fact]
    public async Task ListStatusDown_UpKilledHalfway_ShowInterruptedAndDownRemovesWhatItLeft()
    {
        using var state = new StateDir();
        var vpc = await HalfRunAsync(state);

        var list = await CliRun.RunAsync("list", "--local", "--output", "json", "--state-dir", state.Path);
        var status = await CliRun.RunAsync("status", "half", "--local", "--state-dir", state.Path);
        var down = await CliRun.RunAsync("down", "half", "--local", "--state-dir", state.Path);
        var after = await CliRun.RunAsync("status", "half", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(LocalPhases.Interrupted, JsonNode.Parse(list.Stdout)![0]!["phase"]!.GetValue<string>());
        Assert.Contains("Phase:             Interrupted", status.Stdout, StringComparison.Ordinal);
        Assert.Contains(vpc, status.Stdout, StringComparison.Ordinal);
        Assert.True(down.ExitCode == ExitCodes.Ok, down.Stderr);
        Assert.Empty(JsonNode.Parse(after.Stdout)!["liveResources"]!.AsArray());
        Assert.Equal("Deleted", JsonNode.Parse(after.Stdout)!["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Up_WhileApiServesTheDirectory_ExitsOneNamingTheDirectoryAndTheServer()
    {
        using var state = new StateDir();
        using var api = await StateDirectoryLock.AcquireAsync(
            new StateLayout(state.Path), new StateLockOptions { Command = "api", Server = true, Clock = new FakeTimeProvider(CliRun.Now) }, TestContext.Current.CancellationToken);

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"the state directory {state.Path} is in use by pid {Environment.ProcessId} (eksprov api, since 2026-02-03 04:05:06Z)", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(new EnvironmentRecords(state.Path).All());
    }

    /// <summary>What a killed <c>up</c> leaves: its started record and the resources its first stages made, and no process.</summary>
    private static async Task<string> HalfRunAsync(StateDir state)
    {
        await using var account = await LocalAccount.StartAsync(
            new LocalAccountOptions { StateDirectory = state.Path, Lock = new StateLockOptions { Clock = new FakeTimeProvider() } }, TestContext.Current.CancellationToken);
        var vpc = await TaggedVpc.CreateAsync(account.Endpoint, "half");
        new EnvironmentRecords(state.Path).SaveStarted(Started.Name, Started.Region, Started.Operation, Started.ExecutionArn, Started.StartDate);
        return vpc;
    }
}
