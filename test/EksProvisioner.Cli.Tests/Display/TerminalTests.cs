using System.Diagnostics;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests.Display;

/// <summary>
/// Runs the built eksprov in a real terminal (a tmux pane on a private tmux server) and reads the pane
/// as a person would see it: the live progress, then the summary.
/// </summary>
public sealed class TerminalTests
{
    [Fact]
    public async Task UpLocal_SucceedsInATerminal_ShowsStagesInWordsAndTheSummary()
    {
        using var state = new StateDir();

        var (pane, exit) = await RunInTmuxAsync(state, $"up {StateDir.Minimal} --local --state-dir {state.Path}/s");

        Assert.Equal(0, exit);
        Assert.Contains("Creating the control plane", pane, StringComparison.Ordinal);
        Assert.Contains("Writing the kubeconfig", pane, StringComparison.Ordinal);
        Assert.Contains("simulated", pane, StringComparison.Ordinal);
        Assert.Contains("Status:            SUCCEEDED", pane, StringComparison.Ordinal);
        Assert.DoesNotContain("CreateCluster", pane, StringComparison.Ordinal);
        Assert.DoesNotContain("Rollback", pane, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UpLocal_FailsInATerminal_ShowsTheRollbackSectionAndTheError()
    {
        using var state = new StateDir();
        var faults = Path.Combine(state.Path, "faults.json");
        await File.WriteAllTextAsync(
            faults,
            """{"rules":[{"service":"eks","operation":"CreateNodegroup","error":{"code":"ResourceLimitExceededException","message":"quota"}}]}""",
            TestContext.Current.CancellationToken);

        var (pane, exit) = await RunInTmuxAsync(state, $"up {StateDir.Minimal} --local --state-dir {state.Path}/s --faults {faults}");

        Assert.Equal(1, exit);
        Assert.Contains("Creating the node groups", pane, StringComparison.Ordinal);
        Assert.Contains("Rollback", pane, StringComparison.Ordinal);
        Assert.Contains("Deleting everything tagged for the environment", pane, StringComparison.Ordinal);
        Assert.Contains("Status:            FAILED", pane, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs:line", pane, StringComparison.Ordinal);
    }

    /// <summary>Runs eksprov with <paramref name="arguments"/> in a 120x60 pane; answers the pane's text and the exit code.</summary>
    private static async Task<(string Pane, int Exit)> RunInTmuxAsync(StateDir state, string arguments)
    {
        var tmux = ExternalTools.Require("tmux");
        var server = "eksprov-" + Path.GetFileName(state.Path);
        var eksprov = Path.Combine(AppContext.BaseDirectory, "eksprov.dll");
        var exitFile = Path.Combine(state.Path, "exit");

        // The pane stays open after eksprov ends (cat waits on the terminal) until the server is killed.
        var script = $"dotnet {eksprov} {arguments}; echo $? > {exitFile}; {tmux} -L {server} wait-for -S done; cat";
        try
        {
            await TmuxAsync(tmux, "-L", server, "new-session", "-d", "-x", "120", "-y", "60", "sh", "-c", script);
            await TmuxAsync(tmux, "-L", server, "wait-for", "done");
            var pane = await TmuxAsync(tmux, "-L", server, "capture-pane", "-p", "-J", "-S", "-");
            return (pane, int.Parse(await File.ReadAllTextAsync(exitFile, TestContext.Current.CancellationToken), System.Globalization.CultureInfo.InvariantCulture));
        }
        finally
        {
            await TmuxAsync(tmux, "-L", server, "kill-server");
        }
    }

    private static async Task<string> TmuxAsync(string tmux, params string[] arguments)
    {
        var start = new ProcessStartInfo(tmux) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return output;
    }
}
