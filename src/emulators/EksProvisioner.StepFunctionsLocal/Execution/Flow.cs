using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// One thread of control inside an execution (the top level, a Parallel branch or a Map iteration): its variable
/// scope, the Map item it processes, and the id of its last history event (for previousEventId).
/// </summary>
internal sealed class Flow(ExecutionRecord execution, VariableScope scope, JsonObject? mapItem, long lastEventId)
{
    public ExecutionRecord Execution { get; } = execution;

    public VariableScope Scope { get; } = scope;

    /// <summary><c>{Index, Value}</c> for the context object's <c>Map.Item</c>.</summary>
    public JsonObject? MapItem { get; } = mapItem;

    public long LastEventId { get; private set; } = lastEventId;

    public long Record(string type, JsonObject? details)
    {
        LastEventId = Execution.History.Add(type, details, LastEventId);
        return LastEventId;
    }

    public Flow Child(JsonObject? mapItem) => new(Execution, new VariableScope(Scope), mapItem, LastEventId);
}
