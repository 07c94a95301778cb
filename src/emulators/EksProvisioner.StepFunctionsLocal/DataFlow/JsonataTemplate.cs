using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Jsonata;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// A JSONata state's field value: strings of the form <c>{% expression %}</c> are parsed with the definition and
/// evaluated; every other value, nested in objects and arrays too, stays literal.
/// </summary>
internal sealed record JsonataTemplate(JsonNode? Literal, JsonataExpression? Expression, IReadOnlyList<(string Key, JsonataTemplate Value)>? Members, IReadOnlyList<JsonataTemplate>? Items)
{
    public JsonNode? Evaluate(IReadOnlyDictionary<string, JsonNode?> bindings, PathContext ctx)
    {
        if (Expression is not null)
        {
            try
            {
                return Expression.Evaluate(null, bindings, ctx.Time);
            }
            catch (JsonataException e)
            {
                throw new StatesException(StatesErrors.QueryEvaluationError, $"An error occurred while evaluating the expression '{Expression.Text}': {e.Message}");
            }
        }

        if (Members is not null)
        {
            var obj = new JsonObject();
            foreach (var (key, value) in Members)
            {
                obj[key] = value.Evaluate(bindings, ctx);
            }

            return obj;
        }

        return Items is null ? Literal?.DeepClone() : new JsonArray([.. Items.Select(i => i.Evaluate(bindings, ctx))]);
    }
}
