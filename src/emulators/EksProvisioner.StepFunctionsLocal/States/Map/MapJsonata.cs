using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// A JSONata Map's <c>Items</c> (default: the state's input) and <c>ItemSelector</c>, both over <c>$states.input</c>;
/// the item selector also sees <c>$states.context.Map.Item</c>.
/// </summary>
internal sealed record MapJsonata(JsonataTemplate? Items, JsonataTemplate? ItemSelector)
{
    public JsonArray SelectItems(string state, JsonNode? input, PathContext ctx) =>
        (Items is null ? input : Items.Evaluate(JsonataDataFlow.Bindings(input, null, ctx), ctx)) as JsonArray
        ?? throw new StatesException(
            StatesErrors.QueryEvaluationError,
            "The Items field must evaluate to a JSON array.");

    public JsonNode? ItemInput(JsonNode? input, JsonNode? item, PathContext itemCtx) =>
        ItemSelector is null ? item?.DeepClone() : ItemSelector.Evaluate(JsonataDataFlow.Bindings(input, null, itemCtx), itemCtx);
}
