using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// The outcome of one execution run directly on a <see cref="LocalAccount"/>'s engine: the programmatic
/// entry the scenario tests use. The CLI itself goes through the Step Functions API (Backends/), as it
/// does against AWS.
/// </summary>
public sealed record LocalRun(ExecutionResult Result, JsonArray History, double SimulatedSeconds, int StateTransitions, TimeSpan WallTime)
{
    /// <summary>
    /// Starts <paramref name="machineArn"/> and waits for it; <paramref name="progress"/> sees each state as
    /// it is entered (name, simulated time), polled on the wall clock while virtual time races ahead.
    /// </summary>
    public static async Task<LocalRun> ExecuteAsync(
        LocalAccount account, string machineArn, string input, string name, Action<string, DateTimeOffset>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(account);
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var arn = account.Engine.StartExecution(machineArn, input, name);
        var completion = account.Engine.WaitForExecutionAsync(arn, cancellationToken);
        var seen = 0;
        while (!completion.IsCompleted)
        {
            // Wall-clock polling for display only; the CLI is the composition root and may use real time.
            await Task.WhenAny(completion, Task.Delay(TimeSpan.FromMilliseconds(50), cancellationToken));
            seen = Report(account, arn, seen, progress);
        }

        var result = await completion;
        var wall = System.Diagnostics.Stopwatch.GetElapsedTime(started);
        var history = ExecutionHistory.Read(account.Api, arn);
        Report(history, seen, progress);
        var seconds = ((result.StopDate ?? account.Clock.GetUtcNow()) - result.StartDate).TotalSeconds;
        return new LocalRun(result, history, seconds, ExecutionHistory.StateTransitions(history), wall);
    }

    private static int Report(LocalAccount account, string arn, int seen, Action<string, DateTimeOffset>? progress) =>
        progress is null ? seen : Report(ExecutionHistory.Read(account.Api, arn), seen, progress);

    private static int Report(JsonArray history, int seen, Action<string, DateTimeOffset>? progress)
    {
        if (progress is null)
        {
            return history.Count;
        }

        for (var i = seen; i < history.Count; i++)
        {
            var entry = history[i]!;
            if (entry["type"]?.GetValue<string>() is { } type && type.EndsWith("StateEntered", StringComparison.Ordinal))
            {
                var stateName = entry["stateEnteredEventDetails"]?["name"]?.GetValue<string>() ?? "?";
                progress(stateName, Timestamp(entry["timestamp"]));
            }
        }

        return history.Count;
    }

    private static DateTimeOffset Timestamp(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<double>(out var epoch) => DateTimeOffset.FromUnixTimeMilliseconds((long)(epoch * 1000)),
        JsonValue v when v.TryGetValue<string>(out var text) && DateTimeOffset.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var parsed) => parsed,
        _ => DateTimeOffset.MinValue,
    };
}
