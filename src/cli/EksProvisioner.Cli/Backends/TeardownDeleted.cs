using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// What a teardown deleted: its phases carry the <c>deleted</c> list from one to the next, so the execution's
/// output has it on success, and a failed run's last state that exited with one has what got done before it.
/// </summary>
internal static class TeardownDeleted
{
    public static IReadOnlyList<string> Of(FollowedExecution run)
    {
        ArgumentNullException.ThrowIfNull(run);
        var outputs = run.History
            .Select(e => e.StateExitedEventDetails?.Output)
            .Reverse()
            .Prepend(run.Execution.Output);
        foreach (var output in outputs)
        {
            if (output is not null && Deleted(output) is { } deleted)
            {
                return deleted;
            }
        }

        return [];
    }

    private static List<string>? Deleted(string output)
    {
        try
        {
            return JsonNode.Parse(output) is JsonObject { } o && o["deleted"] is JsonArray list
                ? [.. list.Select(d => d?.GetValue<string>()).OfType<string>()]
                : null;
        }
        catch (System.Text.Json.JsonException)
        {
            // A state's output need not be JSON we understand; it is then not a teardown phase's.
            return null;
        }
    }
}
