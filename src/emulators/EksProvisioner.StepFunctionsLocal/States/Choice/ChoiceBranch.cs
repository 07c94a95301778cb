using EksProvisioner.StepFunctionsLocal.DataFlow;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A top-level choice rule with its Next (and optional Assign: JSONPath's, or in a JSONata state <see cref="Jsonata"/>'s).</summary>
internal sealed record ChoiceBranch(ChoiceRule Rule, string Next, Assignment? Assign)
{
    public JsonataDataFlow? Jsonata { get; init; }
}
