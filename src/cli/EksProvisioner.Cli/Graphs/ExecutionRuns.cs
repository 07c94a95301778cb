using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Graphs;

/// <summary>
/// Reads an execution history into one <see cref="StateRun"/> per state. Parallel branches interleave
/// their events, so each event is given to the state whose StateEntered its <c>previousEventId</c> chain
/// leads back to, as the Step Functions console does.
/// </summary>
internal static class ExecutionRuns
{
    public static IReadOnlyDictionary<string, StateRun> From(IReadOnlyList<HistoryEvent> history)
    {
        var owners = Owners(history);
        var tallies = new Dictionary<string, Tally>(StringComparer.Ordinal);
        foreach (var e in history)
        {
            if (e.Type is not null && owners.TryGetValue(e, out var state))
            {
                (tallies.TryGetValue(state, out var t) ? t : tallies[state] = new Tally()).Add(e);
            }
        }

        return tallies.ToDictionary(p => p.Key, p => p.Value.ToRun(), StringComparer.Ordinal);
    }

    /// <summary>The state each event belongs to; execution-level events have none.</summary>
    public static IReadOnlyDictionary<HistoryEvent, string> Owners(IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(history);
        var byId = history.Where(e => e.Id is not null).GroupBy(e => e.Id!.Value).ToDictionary(g => g.Key, g => g.First());
        var known = new Dictionary<long, string?>();
        var open = new List<string>();
        var result = new Dictionary<HistoryEvent, string>(ReferenceEqualityComparer.Instance);
        foreach (var e in history)
        {
            if ((Compound(e, open) ?? Owner(e, byId, known)) is { } state)
            {
                result[e] = state;
            }
        }

        return result;
    }

    /// <summary>
    /// A Parallel or Map state's own Started/Succeeded/Failed event follows its branches' events, so it goes
    /// to the innermost such state still open rather than along the chain.
    /// </summary>
    private static string? Compound(HistoryEvent e, List<string> open)
    {
        var type = e.Type ?? "";
        if (!type.StartsWith("ParallelState", StringComparison.Ordinal) && !type.StartsWith("MapState", StringComparison.Ordinal))
        {
            return null;
        }

        if (e.StateEnteredEventDetails?.Name is { } entered)
        {
            open.Add(entered);
            return entered;
        }

        if (e.StateExitedEventDetails?.Name is { } exited)
        {
            open.RemoveAt(open.LastIndexOf(exited));
            return exited;
        }

        return open.Count > 0 ? open[^1] : null;
    }

    private static string? Owner(HistoryEvent e, Dictionary<long, HistoryEvent> byId, Dictionary<long, string?> known)
    {
        // Walks back iteratively (histories of long runs have thousands of events) and remembers every answer.
        var path = new List<long>();
        string? found = null;
        for (var current = e; current is not null; current = current.PreviousEventId is { } p ? byId.GetValueOrDefault(p) : null)
        {
            if ((current.StateEnteredEventDetails?.Name ?? current.StateExitedEventDetails?.Name) is { } name)
            {
                found = name;
                break;
            }

            if (current.Id is not { } id || known.TryGetValue(id, out found) || current.Type?.StartsWith("Execution", StringComparison.Ordinal) == true)
            {
                break;
            }

            path.Add(id);
        }

        foreach (var id in path)
        {
            known[id] = found;
        }

        return found;
    }
}
