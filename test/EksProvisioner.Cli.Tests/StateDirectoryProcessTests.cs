using System.Diagnostics;

namespace EksProvisioner.Cli.Tests;

/// <summary>The state directory's lock between real processes: a simulator in its own process, and its kill -9.</summary>
public sealed class StateDirectoryProcessTests
{
    [Fact]
    public async Task Up_WhileASimulatorProcessServesTheDirectory_IsRefusedAndAfterItsKillSucceeds()
    {
        using var state = new StateDir();
        var info = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { Path.Combine(AppContext.BaseDirectory, "eksprov.dll"), "simulator", "--state-dir", state.Path })
        {
            info.ArgumentList.Add(arg);
        }

        using var simulator = Process.Start(info)!;
        try
        {
            // A guard, not a sleep: the line arrives once the simulator holds the directory.
            var line = await simulator.StandardOutput.ReadLineAsync(TestContext.Current.CancellationToken).AsTask().WaitAsync(TimeSpan.FromSeconds(60), TestContext.Current.CancellationToken);
            Assert.StartsWith("Listening on ", line, StringComparison.Ordinal);

            var refused = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

            Assert.Equal(ExitCodes.Failed, refused.ExitCode);
            Assert.Contains($"pid {simulator.Id} (eksprov simulator", refused.Stderr, StringComparison.Ordinal);
        }
        finally
        {
            simulator.Kill();
            await simulator.WaitForExitAsync(TestContext.Current.CancellationToken);
        }

        var after = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        Assert.True(after.ExitCode == ExitCodes.Ok, after.Stderr);
    }
}
