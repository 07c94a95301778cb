using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.DataFlow;

/// <summary>
/// Whole numbers read through a <c>...Path</c> field at run time, with AWS's States.Runtime causes (LocalStack's
/// AWS-validated snapshots, mirrored by moto's <c>timeout.py</c>, <c>heartbeat.py</c> and <c>max_concurrency.py</c>).
/// </summary>
internal static class PathIntegers
{
    /// <summary>TimeoutSecondsPath or HeartbeatSecondsPath (<paramref name="field"/>): a missing path is an invalid path.</summary>
    public static int Seconds(JsonPath path, string field, JsonNode? data, PathContext ctx)
    {
        var (found, value) = Selection.Find(path, data, ctx);
        if (!found)
        {
            throw PathFailures.InvalidPath(path);
        }

        return Whole(value) is { } seconds && seconds > 0
            ? seconds
            : throw new StatesException(StatesErrors.Runtime, $"Expected non-negative integer for {field}, got '{Text(value)}' instead.");
    }

    /// <summary>MaxConcurrencyPath: an integer (or a string holding one); 0 means no limit.</summary>
    public static int MaxConcurrency(JsonPath path, JsonNode? data, PathContext ctx)
    {
        var value = Selection.Select(path, data, ctx, "MaxConcurrencyPath");
        var number = Whole(value) ?? (int.TryParse(JsonValues.AsString(value), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var parsed) ? parsed : null);
        if (number is not { } max)
        {
            throw new StatesException(StatesErrors.Runtime, $"The MaxConcurrencyPath field refers to value \"{Text(value)}\" which is not a valid integer: {path.Text}");
        }

        return max >= 0
            ? max
            : throw new StatesException(StatesErrors.Runtime, $"Expected non-negative integer for MaxConcurrency, got '{max}' instead.");
    }

    private static int? Whole(JsonNode? value) =>
        JsonValues.AsDecimal(value) is { } d && d == decimal.Truncate(d) && d is >= int.MinValue and <= int.MaxValue ? (int)d : null;

    private static string Text(JsonNode? value) => JsonValues.AsString(value) ?? JsonValues.ToJson(value);
}
