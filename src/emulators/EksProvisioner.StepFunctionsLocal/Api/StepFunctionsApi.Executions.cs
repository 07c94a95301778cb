using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Api;

/// <summary>Execution operations; StartExecution returns at once, the execution proceeds on the scheduler.</summary>
public sealed partial class StepFunctionsApi
{
    private JsonObject StartExecution(JsonObject request)
    {
        var arn = engine.StartExecution(Required(request, "stateMachineArn"), Optional(request, "input"), Optional(request, "name"));
        return new JsonObject { ["executionArn"] = arn, ["startDate"] = Epoch(engine.Execution(arn).StartDate) };
    }

    private JsonObject DescribeExecution(JsonObject request)
    {
        var execution = engine.Execution(Required(request, "executionArn"));
        var result = execution.ToResult();
        var body = new JsonObject
        {
            ["executionArn"] = result.ExecutionArn,
            ["stateMachineArn"] = execution.Machine.Arn,
            ["name"] = result.Name,
            ["status"] = Wire.Status(result.Status),
            ["startDate"] = Epoch(result.StartDate),
            ["input"] = result.Input,
            ["inputDetails"] = new JsonObject { ["included"] = true },
            ["redriveCount"] = 0,
            ["redriveStatus"] = "NOT_REDRIVABLE",
        };
        if (result.StopDate is { } stop)
        {
            body["stopDate"] = Epoch(stop);
        }

        if (result.Output is not null)
        {
            body["output"] = result.Output;
            body["outputDetails"] = new JsonObject { ["included"] = true };
        }

        if (!string.IsNullOrEmpty(result.Error))
        {
            body["error"] = result.Error;
        }

        if (result.Cause is not null)
        {
            body["cause"] = result.Cause;
        }

        return body;
    }

    private JsonObject StopExecution(JsonObject request)
    {
        var arn = Required(request, "executionArn");
        engine.StopExecution(arn, Optional(request, "error"), Optional(request, "cause"));
        return new JsonObject { ["stopDate"] = Epoch(engine.Execution(arn).StopDate ?? engine.Clock.GetUtcNow()) };
    }

    private JsonObject ListExecutions(JsonObject request)
    {
        var machine = engine.Machine(Required(request, "stateMachineArn"));
        var filter = Optional(request, "statusFilter");
        var all = engine.Executions
            .Where(e => e.Machine.Arn == machine.Arn)
            .Select(e => (Record: e, Result: e.ToResult()))
            .Where(e => filter is null || Wire.Status(e.Result.Status) == filter)
            .OrderByDescending(e => e.Record.Sequence)
            .ToList();
        var (page, next) = Paginate(all, request, 100);
        var result = new JsonObject
        {
            ["executions"] = new JsonArray(page.Select(e =>
            {
                var item = new JsonObject
                {
                    ["executionArn"] = e.Result.ExecutionArn,
                    ["stateMachineArn"] = machine.Arn,
                    ["name"] = e.Result.Name,
                    ["status"] = Wire.Status(e.Result.Status),
                    ["startDate"] = Epoch(e.Result.StartDate),
                };
                if (e.Result.StopDate is { } stop)
                {
                    item["stopDate"] = Epoch(stop);
                }

                return (JsonNode)item;
            }).ToArray()),
        };
        if (next is not null)
        {
            result["nextToken"] = next;
        }

        return result;
    }

    private JsonObject GetExecutionHistory(JsonObject request)
    {
        var execution = engine.Execution(Required(request, "executionArn"));
        var events = execution.History.Snapshot();
        if (request["reverseOrder"] is JsonValue r && r.TryGetValue<bool>(out var reverse) && reverse)
        {
            events = [.. events.Reverse()];
        }

        var includeData = request["includeExecutionData"] is not JsonValue d || !d.TryGetValue<bool>(out var include) || include;
        var (page, next) = Paginate(events, request, 100);
        var result = new JsonObject { ["events"] = new JsonArray(page.Select(e => (JsonNode)HistoryJson.ToWire(e, includeData)).ToArray()) };
        if (next is not null)
        {
            result["nextToken"] = next;
        }

        return result;
    }
}
