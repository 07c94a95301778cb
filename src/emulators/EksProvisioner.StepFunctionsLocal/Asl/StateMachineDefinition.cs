namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A parsed, validated state machine definition (JSONPath query language); its states are the engine's own.</summary>
public sealed class StateMachineDefinition
{
    internal StateMachineDefinition(string? comment, StateGraph graph, int? timeoutSeconds)
    {
        Comment = comment;
        Graph = graph;
        TimeoutSeconds = timeoutSeconds;
    }

    public string? Comment { get; }

    public int? TimeoutSeconds { get; }

    internal StateGraph Graph { get; }
}
