using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A JSONata choice rule: its <c>Condition</c> evaluated over <c>$states.input</c> must be a boolean.</summary>
internal sealed record ConditionRule(string State, JsonataTemplate Condition) : ChoiceRule
{
    public override bool Matches(JsonNode? input, PathContext ctx) =>
        Condition.Evaluate(JsonataDataFlow.Bindings(input, null, ctx), ctx) switch
        {
            JsonValue v when v.GetValueKind() == JsonValueKind.True => true,
            JsonValue v when v.GetValueKind() == JsonValueKind.False => false,
            var other => throw new StatesException(
                StatesErrors.QueryEvaluationError,
                $"The Condition field must evaluate to a boolean, but was: {other?.ToJsonString() ?? "null"}"),
        };
}
