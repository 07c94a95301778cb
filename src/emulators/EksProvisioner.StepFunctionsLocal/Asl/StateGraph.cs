using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A set of states with a start: the top level of a state machine, a Parallel branch or a Map item processor.</summary>
internal sealed record StateGraph(string StartAt, IReadOnlyDictionary<string, State> States);
