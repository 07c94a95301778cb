using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// SecondsPath and TimestampPath read at run time, with the States.Runtime causes AWS reports (recorded in LocalStack's
/// AWS-validated wait snapshots, mirrored by moto's <c>seconds_path.py</c> and <c>timestamp.py</c>).
/// </summary>
internal static class WaitPaths
{
    /// <summary>A whole, non-negative number of seconds: <c>1.5</c> and <c>"10"</c> cannot be parsed as a long.</summary>
    public static long Seconds(JsonPath path, JsonNode? data, PathContext ctx)
    {
        var (found, value) = Selection.Find(path, data, ctx);
        if (!found)
        {
            throw new StatesException(StatesErrors.Runtime, $"The SecondsPath parameter does not reference an input value: {path.Text}");
        }

        if (JsonValues.AsDecimal(value) is not { } seconds || seconds != decimal.Truncate(seconds) || seconds > long.MaxValue)
        {
            throw new StatesException(StatesErrors.Runtime, $"The SecondsPath parameter cannot be parsed as a long value: {Assignment(path, value)}");
        }

        return seconds >= 0
            ? (long)seconds
            : throw new StatesException(StatesErrors.Runtime, $"The SecondsPath parameter references a negative value: {Assignment(path, value)}");
    }

    /// <summary>An RFC 3339 timestamp with an uppercase T and a zone; anything else (a space, no zone, 30 February) fails.</summary>
    public static DateTimeOffset Timestamp(JsonPath path, JsonNode? data, PathContext ctx)
    {
        var value = Selection.Select(path, data, ctx, "TimestampPath");
        return AslTimestamp.TryParse(JsonValues.AsString(value), out var until)
            ? until
            : throw new StatesException(StatesErrors.Runtime, $"The TimestampPath parameter does not reference a valid ISO-8601 extended offset date-time format string: {Assignment(path, value)}");
    }

    /// <summary>AWS writes the value after the path as text: a string without its quotes, anything else as JSON.</summary>
    private static string Assignment(JsonPath path, JsonNode? value) => $"{path.Text} == {JsonValues.AsString(value) ?? JsonValues.ToJson(value)}";
}
