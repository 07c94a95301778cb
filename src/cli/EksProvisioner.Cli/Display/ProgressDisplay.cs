using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Output;
using Spectre.Console;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// Follows an execution for up and down and shows it: a live table on a terminal, plain lines otherwise,
/// nothing with --output json. Both read the history through the Step Functions API, in both modes.
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>How often the live view redraws between history events (spinner, real time).</summary>
    private static readonly TimeSpan Redraw = TimeSpan.FromMilliseconds(100);

    public static async Task<FollowedExecution> FollowAsync(
        CliContext context, IEnvironmentBackend backend, string executionArn, bool json, CancellationToken cancellationToken, Action<IReadOnlyList<HistoryEvent>>? snapshot = null)
    {
        if (json)
        {
            return await ExecutionFollower.FollowAsync(backend, executionArn, null, context.Time, cancellationToken, snapshot);
        }

        var tracker = await TrackerAsync(backend, executionArn, cancellationToken);
        if (Consoles.ForProgress(context) is not { } console)
        {
            return await ExecutionFollower.FollowAsync(backend, executionArn, e => Plain(context.Stderr, tracker, e), context.Time, cancellationToken, snapshot);
        }

        var view = new LiveView(tracker, executionArn[(executionArn.LastIndexOf(':') + 1)..], backend.Simulated, context.Time);
        FollowedExecution? run = null;
        await console.Live(view.Render()).AutoClear(false).StartAsync(async live =>
        {
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            var redraw = RedrawAsync(view, live, context.Time, stop.Token);
            try
            {
                run = await ExecutionFollower.FollowAsync(backend, executionArn, e => view.Add(e), context.Time, cancellationToken, snapshot);
            }
            finally
            {
                await stop.CancelAsync();
                await redraw;
                live.UpdateTarget(view.Render());
            }
        });
        return run!;
    }

    private static async Task<ProgressTracker> TrackerAsync(IEnvironmentBackend backend, string executionArn, CancellationToken cancellationToken)
    {
        var execution = await backend.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
        string? definition = null;
        try
        {
            definition = (await backend.Client.DescribeStateMachineAsync(new DescribeStateMachineRequest { StateMachineArn = execution.StateMachineArn }, cancellationToken)).Definition;
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            // Without the definition (no states:DescribeStateMachine) retries still show, only without "n of N in s".
        }

        return new ProgressTracker(StateWords.Default, RetryPolicies.From(definition), execution.StartDate ?? backend.Now);
    }

    private static void Plain(TextWriter stderr, ProgressTracker tracker, HistoryEvent e)
    {
        tracker.Add(e);
        foreach (var line in tracker.TakeLines())
        {
            stderr.WriteLine(line);
        }
    }

    private static async Task RedrawAsync(LiveView view, LiveDisplayContext live, TimeProvider time, CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            live.UpdateTarget(view.Render());
            try
            {
                await Task.Delay(Redraw, time, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
