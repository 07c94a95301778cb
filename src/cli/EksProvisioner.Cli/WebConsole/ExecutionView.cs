using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Graphs;

namespace EksProvisioner.Cli.WebConsole;

/// <summary>
/// One execution as the console shows it: its status, the graph coloured by what happened so far, each
/// state's run, and the event timeline with retries marked.
/// </summary>
internal static class ExecutionView
{
    public static JsonObject Json(string environment, string operation, RunPicture picture)
    {
        var history = picture.History ?? [];
        var runs = ExecutionRuns.From(history);
        var start = history.FirstOrDefault()?.Timestamp;
        var states = new JsonObject();
        foreach (var (name, run) in runs.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            states[name] = new JsonObject
            {
                ["status"] = GraphStyle.CssClass(run.Status),
                ["entries"] = run.Entries,
                ["retries"] = run.Retries,
                ["seconds"] = run.Duration?.TotalSeconds,
                ["error"] = run.Error,
            };
        }

        return new JsonObject
        {
            ["environment"] = environment,
            ["operation"] = operation,
            ["status"] = Status(history),
            ["svg"] = picture.Render(GraphFormats.Svg),
            ["states"] = states,
            ["timeline"] = Timeline(history, start),
        };
    }

    /// <summary>RUNNING until an execution-level end event, then its status as DescribeExecution spells it.</summary>
    public static string Status(IReadOnlyList<HistoryEvent> history) => history.LastOrDefault()?.Type switch
    {
        "ExecutionSucceeded" => "SUCCEEDED",
        "ExecutionFailed" => "FAILED",
        "ExecutionAborted" => "ABORTED",
        "ExecutionTimedOut" => "TIMED_OUT",
        _ => "RUNNING",
    };

    private static JsonArray Timeline(IReadOnlyList<HistoryEvent> history, DateTimeOffset? start)
    {
        var owners = ExecutionRuns.Owners(history);
        var attempts = new Dictionary<string, int>(StringComparer.Ordinal);
        var timeline = new JsonArray();
        foreach (var e in history)
        {
            var state = owners.GetValueOrDefault(e);
            var type = e.Type ?? "";
            string? note = null;
            if (state is not null && type.EndsWith("StateEntered", StringComparison.Ordinal))
            {
                attempts[state] = 0;
            }
            else if (state is not null && type is "TaskScheduled" or "LambdaFunctionScheduled")
            {
                var attempt = attempts[state] = attempts.GetValueOrDefault(state) + 1;
                note = attempt > 1 ? $"retry {attempt - 1}" : null;
            }

            timeline.Add(new JsonObject
            {
                ["id"] = e.Id,
                ["seconds"] = start is { } s && e.Timestamp is { } t ? (t - s).TotalSeconds : null,
                ["type"] = type,
                ["state"] = state,
                ["retry"] = note,
                ["error"] = Error(e),
            });
        }

        return timeline;
    }

    private static string? Error(HistoryEvent e) =>
        e.TaskFailedEventDetails?.Error ?? e.LambdaFunctionFailedEventDetails?.Error ?? e.ExecutionFailedEventDetails?.Error
        ?? e.TaskTimedOutEventDetails?.Error ?? e.LambdaFunctionTimedOutEventDetails?.Error;
}
