using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// An environment as Step Functions describes it (status and list against AWS), in the field names the
/// local records use where they mean the same: name, region, operation, executionArn, status, error, cause.
/// </summary>
internal static class EnvironmentViews
{
    public static JsonObject Json(EnvironmentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        var latest = status.Latest;
        return new JsonObject
        {
            ["name"] = status.Name,
            ["region"] = status.Region,
            ["phase"] = status.Phase.ToString(),
            ["operation"] = Operation(status),
            ["executionArn"] = latest.ExecutionArn,
            ["status"] = latest.Status,
            ["error"] = status.Error,
            ["cause"] = status.Cause,
            ["startDate"] = latest.StartDate,
            ["stopDate"] = latest.StopDate,
            ["provision"] = Json(status.Provision),
            ["teardown"] = Json(status.Teardown),
        };
    }

    /// <summary>up when the newest execution is a provisioning, down when it is a teardown.</summary>
    public static string Operation(EnvironmentStatus status)
    {
        ArgumentNullException.ThrowIfNull(status);
        return ReferenceEquals(status.Latest, status.Teardown) ? "down" : "up";
    }

    public static string Line(ExecutionSummary? execution) =>
        execution is null
            ? "none"
            : string.Create(CultureInfo.InvariantCulture, $"{execution.Status} {execution.Name} (started {Time(execution.StartDate)}{(execution.StopDate is { } stop ? ", stopped " + Time(stop) : "")})");

    public static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    private static JsonObject? Json(ExecutionSummary? execution) =>
        execution is null
            ? null
            : new JsonObject
            {
                ["executionArn"] = execution.ExecutionArn,
                ["name"] = execution.Name,
                ["status"] = execution.Status,
                ["startDate"] = execution.StartDate,
                ["stopDate"] = execution.StopDate,
            };
}
