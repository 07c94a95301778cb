using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>Evaluates parsed paths against state data; failures raise the AWS error names.</summary>
internal static class Selection
{
    /// <summary>InputPath/OutputPath: null (JSON null) gives <c>{}</c>, <c>$</c> passes the data through.</summary>
    public static JsonNode? Filter(JsonPath? path, JsonNode? data, PathContext ctx) =>
        path is null ? new JsonObject() : path.IsWhole ? data : Find(path, data, ctx) is (true, var value) ? value : throw PathFailures.InvalidPath(path);

    /// <summary>The value at <paramref name="path"/>: one value for a definite path, an array for an indefinite one.</summary>
    public static JsonNode? Select(JsonPath path, JsonNode? data, PathContext ctx, string field) =>
        Find(path, data, ctx) is (true, var value) ? value : throw PathFailures.NotFound(path, field, data);

    /// <summary>The value at <paramref name="path"/>, copied; a definite path that selects nothing is not found.</summary>
    public static (bool Found, JsonNode? Value) Find(JsonPath path, JsonNode? data, PathContext ctx)
    {
        var found = path.Select(data, ctx.Context, ctx.Scope.Lookup);
        if (path.IsDefinite)
        {
            return found.Count > 0 ? (true, found[0]?.DeepClone()) : (false, null);
        }

        return (true, new JsonArray(found.Select(n => n?.DeepClone()).ToArray()));
    }

    /// <summary>ResultPath: null keeps the input; otherwise the result is placed into a copy of the input.</summary>
    public static JsonNode? ApplyResultPath(JsonPath? resultPath, JsonNode? input, JsonNode? result)
    {
        if (resultPath is null)
        {
            return input;
        }

        if (resultPath.IsWhole)
        {
            return result;
        }

        try
        {
            return resultPath.Set(input, result?.DeepClone());
        }
        catch (JsonException e)
        {
            throw new StatesException(StatesErrors.ResultPathMatchFailure, $"Unable to apply ResultPath \"{resultPath.Text}\" to input \"{JsonValues.ToJson(input)}\": {e.Message}");
        }
    }

    /// <summary>A count read from the data (ToleratedFailureCountPath and the like); <paramref name="field"/> names it.</summary>
    public static double NonNegativeNumber(JsonPath path, JsonNode? data, PathContext ctx, string field) =>
        JsonValues.AsDecimal(Select(path, data, ctx, field)) is { } d && d >= 0
            ? (double)d
            : throw new StatesException(StatesErrors.Runtime, $"The value at '{path.Text}' for the field '{field}' must be a non-negative number.");
}
