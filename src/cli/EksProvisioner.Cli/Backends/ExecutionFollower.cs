using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// Follows one execution through the Step Functions API until it stops: DescribeExecution for its status,
/// GetExecutionHistory for the events since the last look, then the backend's pause. The local
/// account and AWS are followed by exactly this code; only the pause differs.
/// </summary>
internal static class ExecutionFollower
{
    public static async Task<FollowedExecution> FollowAsync(
        IEnvironmentBackend backend,
        string executionArn,
        Action<HistoryEvent>? progress,
        TimeProvider stopwatch,
        CancellationToken cancellationToken,
        Action<IReadOnlyList<HistoryEvent>>? snapshot = null)
    {
        ArgumentNullException.ThrowIfNull(backend);
        ArgumentNullException.ThrowIfNull(stopwatch);
        var started = stopwatch.GetTimestamp();
        var seen = 0;
        while (true)
        {
            // Describe before reading the history, so a stopped status comes with its last events.
            var execution = await backend.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
            var history = await ReadAsync(backend.Client, executionArn, cancellationToken);
            if (history.Count > seen)
            {
                snapshot?.Invoke(history);
            }

            for (; seen < history.Count; seen++)
            {
                progress?.Invoke(history[seen]);
            }

            if (execution.Status != "RUNNING")
            {
                return new FollowedExecution(execution, history, stopwatch.GetElapsedTime(started));
            }

            await backend.PauseAsync(executionArn, cancellationToken);
        }
    }

    public static async Task<IReadOnlyList<HistoryEvent>> ReadAsync(IStepFunctionsClient client, string executionArn, CancellationToken cancellationToken)
    {
        var events = new List<HistoryEvent>();
        await foreach (var e in client.GetAllExecutionHistoryAsync(new GetExecutionHistoryRequest { ExecutionArn = executionArn, MaxResults = 1000 }, cancellationToken))
        {
            events.Add(e);
        }

        return events;
    }
}
