using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>states:startExecution (fire and forget), .sync (string Input/Output) and .sync:2 (JSON Input/Output).</summary>
internal static class NestedExecution
{
    public static async Task<JsonNode?> StartAsync(TaskResourceKind kind, JsonNode? parameters, StateRun run, CancellationToken ct)
    {
        var engine = run.Engine;
        var flow = run.Flow;
        var machineArn = JsonValues.AsString(parameters?["StateMachineArn"])
            ?? throw new StatesException(StatesErrors.Runtime, "states:startExecution needs a string StateMachineArn parameter.");
        var inputNode = parameters?["Input"];
        var input = inputNode is null ? "{}" : JsonValues.AsString(inputNode) ?? inputNode.ToJsonString();
        ExecutionRecord child;
        try
        {
            child = engine.CreateExecution(machineArn, input, JsonValues.AsString(parameters?["Name"]));
        }
        catch (StepFunctionsApiException e)
        {
            throw new StatesException($"StepFunctions.{e.ErrorType}", e.Message);
        }

        if (kind == TaskResourceKind.StartExecution)
        {
            engine.Launch(child);
            return new JsonObject { ["ExecutionArn"] = child.Arn, ["StartDate"] = Timestamps.Iso(child.StartDate) };
        }

        flow.Record("TaskSubmitted", new JsonObject
        {
            ["resourceType"] = "states",
            ["resource"] = kind == TaskResourceKind.StartExecutionSync ? "startExecution.sync" : "startExecution.sync:2",
            ["output"] = new JsonObject { ["ExecutionArn"] = child.Arn, ["StartDate"] = Timestamps.Iso(child.StartDate) }.ToJsonString(),
        });
        await using (ct.Register(() => engine.Stop(child, ExecutionStatus.Aborted, null, "The parent execution stopped.")))
        {
            // The child runs as a child flow: the parent's scheduler token passes to it and comes back when it ends.
            engine.ScheduleTimeout(child);
            await engine.Scheduler.RunChildrenAsync([async () => { await run.Interpreter.RunExecutionAsync(child); return true; }]);
        }

        ct.ThrowIfCancellationRequested();
        var result = child.ToResult();
        var asJson = kind == TaskResourceKind.StartExecutionSync2;
        var description = new JsonObject
        {
            ["ExecutionArn"] = result.ExecutionArn,
            ["Input"] = asJson ? JsonNode.Parse(result.Input) : result.Input,
            ["InputDetails"] = new JsonObject { ["Included"] = true },
            ["Name"] = result.Name,
            ["StartDate"] = result.StartDate.ToUnixTimeMilliseconds(),
            ["StateMachineArn"] = child.Machine.Arn,
            ["Status"] = Wire.Status(result.Status),
            ["StopDate"] = result.StopDate?.ToUnixTimeMilliseconds(),
        };
        if (result.Status != ExecutionStatus.Succeeded)
        {
            description["Error"] = result.Error;
            description["Cause"] = result.Cause;
            throw new StatesException(StatesErrors.TaskFailed, description.ToJsonString());
        }

        description["Output"] = asJson ? JsonNode.Parse(result.Output ?? "null") : result.Output;
        description["OutputDetails"] = new JsonObject { ["Included"] = true };
        return description;
    }
}
