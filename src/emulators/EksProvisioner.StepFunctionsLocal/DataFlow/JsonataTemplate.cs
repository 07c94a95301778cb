using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Jsonata;
using EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// A JSONata state's field value: strings of the form <c>{% expression %}</c> are parsed with the definition and
/// evaluated with Step Functions' own functions; every other value, nested in objects and arrays too, stays literal.
/// An expression that fails, or answers nothing, is a States.QueryEvaluationError naming the expression and the field.
/// </summary>
internal sealed record JsonataTemplate(JsonNode? Literal, JsonataExpression? Expression, IReadOnlyList<(string Key, JsonataTemplate Value)>? Members, IReadOnlyList<JsonataTemplate>? Items)
{
    /// <summary>Where the expression sits in its state, as AWS's causes name it: <c>Output/a[0]</c>, <c>Choices[1]/Condition</c>.</summary>
    public string Field { get; init; } = "";

    public JsonNode? Evaluate(IReadOnlyDictionary<string, JsonNode?> bindings, PathContext ctx)
    {
        if (Expression is not null)
        {
            JsonataResult result;
            try
            {
                result = Expression.EvaluateIn(StatesJsonataFunctions.Frame, new EvaluationGlobals(ctx.Time ?? TimeProvider.System, ctx.Random), null, bindings);
            }
            catch (JsonataException e)
            {
                // AWS: "The JSONata expression '...' specified for the field 'Output' threw an error during evaluation. T0410: ...".
                var reason = e.Code == new JsonataException().Code ? e.Message : $"{e.Code}: {e.Message}";
                throw new StatesException(StatesErrors.QueryEvaluationError, $"The JSONata expression '{Expression.Text.Trim()}' specified for the field '{Field}' threw an error during evaluation. {reason}");
            }

            // Recorded on AWS: "The JSONata expression '$states.input.pushLocation' specified for the field
            // 'Arguments/Input/pushLocation' returned nothing (undefined)."
            return result.IsDefined
                ? result.Value
                : throw new StatesException(StatesErrors.QueryEvaluationError, $"The JSONata expression '{Expression.Text.Trim()}' specified for the field '{Field}' returned nothing (undefined).");
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
