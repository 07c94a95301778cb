using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Cli.WebConsole;

/// <summary>
/// An environment as the console lists it: phase as <c>list --local</c> names it, owner and expiry from the
/// request its last up ran with, cost per hour as <c>plan</c> estimates it and so far since that up started.
/// </summary>
internal static class EnvironmentView
{
    public static JsonObject Summary(EnvironmentRecords records, EnvironmentRecord record, bool mayBeRunning)
    {
        ArgumentNullException.ThrowIfNull(records);
        ArgumentNullException.ThrowIfNull(record);
        var phase = LocalPhases.Of(record, mayBeRunning);
        var up = records.History(record.Name, "up");
        var started = up?.FirstOrDefault()?.Timestamp;
        var request = Request(up);
        // The account's clock is simulated and lives only while a process holds it, so "so far" runs from the up's
        // start to the last moment the directory recorded (the end of the last up or down).
        var until = record.StopDate ?? up?.LastOrDefault()?.Timestamp ?? record.StartDate;
        var cost = request is null ? (EnvironmentCost?)null : EnvironmentCost.Of(request, started ?? until, until);
        return new JsonObject
        {
            ["name"] = record.Name,
            ["region"] = record.Region,
            ["phase"] = phase,
            ["operation"] = record.Operation,
            ["status"] = record.Status,
            ["owner"] = request?.Owner,
            ["expiresAt"] = request?.TtlHours is { } ttl && started is { } start ? start.AddHours(ttl) : null,
            ["hourlyCostUsd"] = cost?.HourlyUsd,
            ["costSoFarUsd"] = cost?.SoFarUsd,
            ["startDate"] = record.StartDate,
            ["stopDate"] = record.StopDate,
        };
    }

    public static JsonObject Detail(EnvironmentRecords records, EnvironmentRecord record, bool mayBeRunning)
    {
        var node = Summary(records, record, mayBeRunning);
        node["executionArn"] = record.ExecutionArn;
        node["error"] = record.Error;
        node["cause"] = record.Cause;
        node["resources"] = new JsonArray([.. record.Resources.Select(r => (JsonNode?)JsonValue.Create(r))]);
        var executions = new JsonArray();
        foreach (var operation in new[] { "up", "down" })
        {
            if (records.History(record.Name, operation) is { } history)
            {
                executions.Add(new JsonObject
                {
                    ["operation"] = operation,
                    ["status"] = record.Operation == operation && record.Status == EnvironmentRecords.Running ? "RUNNING" : ExecutionView.Status(history),
                    ["startDate"] = history.FirstOrDefault()?.Timestamp,
                    ["stopDate"] = history.Count > 1 ? history[^1].Timestamp : null,
                    ["events"] = history.Count,
                });
            }
        }

        node["executions"] = executions;
        return node;
    }

    /// <summary>The request the up ran with, from its ExecutionStarted input; null when it is not a valid request.</summary>
    private static EnvironmentRequest? Request(IReadOnlyList<HistoryEvent>? history)
    {
        var input = history?.FirstOrDefault()?.ExecutionStartedEventDetails?.Input;
        if (input is null)
        {
            return null;
        }

        try
        {
            return EnvironmentRequests.Validate(input).Request;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
