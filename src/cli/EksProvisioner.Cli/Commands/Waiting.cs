using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Display;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Commands;

/// <summary>Waiting for an execution up and down started: progress on stderr, and what Ctrl+C means.</summary>
internal static class Waiting
{
    /// <summary>
    /// The followed execution, or null when Ctrl+C stopped the waiting: in AWS the execution goes on
    /// without us; locally it lives in this process, so it is stopped (ABORTED) and what it left is named.
    /// </summary>
    public static async Task<FollowedExecution?> FollowAsync(
        CliContext context, IEnvironmentBackend backend, string environment, string operation, ExecutionStart start, bool json, CancellationToken cancellationToken)
    {
        if (!json && backend.ExecutionsOutliveProcess)
        {
            await context.Stderr.WriteLineAsync((start.IsNew ? "Started " : "Already running: ") + start.ExecutionArn);
        }

        try
        {
            // Locally the history is saved as it grows, so the console (which reads the state directory) sees the run move.
            Action<IReadOnlyList<HistoryEvent>>? snapshot = backend.KeepsRecords ? history => backend.Files.SaveHistory(environment, operation, history) : null;
            return await ProgressDisplay.FollowAsync(context, backend, start.ExecutionArn, json, cancellationToken, snapshot);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && backend.ExecutionsOutliveProcess)
        {
            await context.Stderr.WriteLineAsync(
                $"eksprov: stopped waiting; the execution goes on in AWS: {start.ExecutionArn}. Follow it with: eksprov status {environment}");
            return null;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await StopLocalAsync(context, backend, environment, start.ExecutionArn);
            return null;
        }
    }

    // The user's token has fired, so these last calls run uncancelled: they only stop and look.
    private static async Task StopLocalAsync(CliContext context, IEnvironmentBackend backend, string environment, string executionArn)
    {
        await backend.Client.StopExecutionAsync(
            new StopExecutionRequest { ExecutionArn = executionArn, Error = "Interrupted", Cause = "Ctrl+C in eksprov." }, CancellationToken.None);
        var left = await backend.TaggedResourcesAsync(environment, CancellationToken.None) ?? [];
        await context.Stderr.WriteLineAsync($"eksprov: interrupted; the execution was stopped (ABORTED): {executionArn}");
        await context.Stderr.WriteLineAsync(left.Count == 0
            ? "Nothing tagged for it is left."
            : $"Left behind ({left.Count}), remove with: eksprov down {environment} --local");
        foreach (var resource in left)
        {
            await context.Stderr.WriteLineAsync("  " + ResourceText.Describe(resource));
        }
    }
}
