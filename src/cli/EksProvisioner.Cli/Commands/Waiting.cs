using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Local;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Commands;

/// <summary>Waiting for an execution up and down started: progress on stderr, and what Ctrl+C means.</summary>
internal static class Waiting
{
    /// <summary>The followed execution, or null when Ctrl+C stopped the waiting for an execution that goes on without us.</summary>
    public static async Task<FollowedExecution?> FollowAsync(
        CliContext context, IEnvironmentBackend backend, string environment, ExecutionStart start, bool json, CancellationToken cancellationToken)
    {
        if (!json && backend.ExecutionsOutliveProcess)
        {
            await context.Stderr.WriteLineAsync((start.IsNew ? "Started " : "Already running: ") + start.ExecutionArn);
        }

        try
        {
            var progress = json ? null : Progress.Writer(context.Stderr, backend.Simulated);
            return await ExecutionFollower.FollowAsync(backend, start.ExecutionArn, progress, context.Time, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested && backend.ExecutionsOutliveProcess)
        {
            await context.Stderr.WriteLineAsync(
                $"eksprov: stopped waiting; the execution goes on in AWS: {start.ExecutionArn}. Follow it with: eksprov status {environment}");
            return null;
        }
    }
}
