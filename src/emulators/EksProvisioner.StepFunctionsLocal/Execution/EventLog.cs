using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>An execution's history: append-only and thread-safe (branches and iterations append concurrently).</summary>
internal sealed class EventLog(TimeProvider clock)
{
    private readonly List<HistoryEvent> _events = [];
    private readonly Lock _gate = new();

    /// <summary>Appends an event and answers its id; <paramref name="previous"/> is the id of the flow's previous event.</summary>
    public long Add(string type, JsonObject? details, long previous)
    {
        lock (_gate)
        {
            var id = _events.Count + 1;
            _events.Add(new HistoryEvent(id, previous, clock.GetUtcNow(), type, details));
            return id;
        }
    }

    /// <summary>Appends after the latest event (for events outside any flow, such as a stop).</summary>
    public long Append(string type, JsonObject? details)
    {
        lock (_gate)
        {
            return Add(type, details, _events.Count);
        }
    }

    public IReadOnlyList<HistoryEvent> Snapshot()
    {
        lock (_gate)
        {
            return [.. _events];
        }
    }
}
