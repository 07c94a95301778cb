using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// JSONPath data flow: InputPath/OutputPath, payload templates (Parameters, ResultSelector, ItemSelector, Assign)
/// with <c>.$</c> keys and intrinsic functions, and ResultPath. Failures raise the AWS error names.
/// </summary>
internal static class DataFlow
{
    private static readonly ConcurrentDictionary<string, JsonPath> Paths = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, IntrinsicExpression> Intrinsics = new(StringComparer.Ordinal);

    public static JsonPath Path(string text) => Paths.GetOrAdd(text, JsonPath.Parse);

    /// <summary>InputPath/OutputPath: null (JSON null) gives <c>{}</c>.</summary>
    public static JsonNode? Filter(string? path, JsonNode? data, PathContext ctx, string field) =>
        path is null ? new JsonObject() : path == "$" ? data : Select(path, data, ctx, field);

    /// <summary>The value at <paramref name="path"/>: one value for a definite path, an array for an indefinite one.</summary>
    public static JsonNode? Select(string path, JsonNode? data, PathContext ctx, string field)
    {
        var parsed = Path(path);
        var found = parsed.Select(data, ctx.Context, ctx.Scope.Lookup);
        if (parsed.IsDefinite)
        {
            return found.Count > 0
                ? found[0]?.DeepClone()
                : throw new StatesException(StatesErrors.Runtime, $"An error occurred while executing the state. The JSONPath '{path}' specified for the field '{field}' could not be found in the input '{JsonValues.ToJson(data)}'");
        }

        return new JsonArray(found.Select(n => n?.DeepClone()).ToArray());
    }

    /// <summary>Evaluates a payload template against <paramref name="data"/>.</summary>
    public static JsonNode? Template(JsonNode? template, JsonNode? data, PathContext ctx)
    {
        switch (template)
        {
            case JsonObject obj:
                var result = new JsonObject();
                foreach (var (key, value) in obj)
                {
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        result[key[..^2]] = Dynamic(value!.GetValue<string>(), data, ctx, key);
                    }
                    else
                    {
                        result[key] = Template(value, data, ctx);
                    }
                }

                return result;
            case JsonArray array:
                return new JsonArray(array.Select(e => Template(e, data, ctx)).ToArray());
            default:
                return template?.DeepClone();
        }
    }

    /// <summary>A <c>.$</c> value: an intrinsic function call or a path.</summary>
    public static JsonNode? Dynamic(string text, JsonNode? data, PathContext ctx, string field)
    {
        if (!IntrinsicExpression.IsIntrinsic(text))
        {
            return Select(text, data, ctx, field);
        }

        try
        {
            var expression = Intrinsics.GetOrAdd(text, IntrinsicExpression.Parse);
            var intrinsicContext = new IntrinsicContext(p => Select(p, data, ctx, field), ctx.Random);
            return expression.Evaluate(intrinsicContext);
        }
        catch (IntrinsicFailureException e)
        {
            throw new StatesException(StatesErrors.IntrinsicFailure, e.Message);
        }
        catch (FormatException e)
        {
            throw new StatesException(StatesErrors.IntrinsicFailure, e.Message);
        }
    }

    /// <summary>ResultPath: null keeps the input; otherwise the result is placed into a copy of the input.</summary>
    public static JsonNode? ApplyResultPath(string? resultPath, JsonNode? input, JsonNode? result)
    {
        if (resultPath is null)
        {
            return input;
        }

        if (resultPath == "$")
        {
            return result;
        }

        try
        {
            return Path(resultPath).Set(input, result?.DeepClone());
        }
        catch (JsonException e)
        {
            throw new StatesException(StatesErrors.ResultPathMatchFailure, $"Unable to apply ResultPath \"{resultPath}\" to input \"{JsonValues.ToJson(input)}\": {e.Message}");
        }
    }

    /// <summary>Evaluates every Assign entry (all against the same entry values) for a later commit.</summary>
    public static Dictionary<string, JsonNode?> Assign(JsonObject assign, JsonNode? data, PathContext ctx)
    {
        var values = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (key, value) in assign)
        {
            if (key.EndsWith(".$", StringComparison.Ordinal))
            {
                values[key[..^2]] = Dynamic(value!.GetValue<string>(), data, ctx, key);
            }
            else
            {
                values[key] = Template(value, data, ctx);
            }
        }

        return values;
    }
}
