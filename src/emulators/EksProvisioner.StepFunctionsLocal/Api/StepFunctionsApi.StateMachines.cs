using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Api;

/// <summary>State machine operations.</summary>
public sealed partial class StepFunctionsApi
{
    private JsonObject CreateStateMachine(JsonObject request)
    {
        var arn = engine.CreateStateMachine(Required(request, "name"), Required(request, "definition"), Optional(request, "roleArn"), Optional(request, "type") ?? "STANDARD");
        var machine = engine.Machine(arn);
        return new JsonObject { ["stateMachineArn"] = arn, ["creationDate"] = Epoch(machine.CreationDate) };
    }

    private JsonObject UpdateStateMachine(JsonObject request)
    {
        var arn = Required(request, "stateMachineArn");
        engine.UpdateStateMachine(arn, Optional(request, "definition"), Optional(request, "roleArn"));
        var machine = engine.Machine(arn);
        return new JsonObject { ["updateDate"] = Epoch(machine.UpdateDate ?? machine.CreationDate), ["revisionId"] = machine.RevisionId };
    }

    private JsonObject DescribeStateMachine(JsonObject request)
    {
        var machine = engine.Machine(Required(request, "stateMachineArn"));
        return new JsonObject
        {
            ["stateMachineArn"] = machine.Arn,
            ["name"] = machine.Name,
            ["status"] = "ACTIVE",
            ["definition"] = machine.Definition,
            ["roleArn"] = machine.RoleArn,
            ["type"] = machine.Type,
            ["creationDate"] = Epoch(machine.CreationDate),
            ["loggingConfiguration"] = new JsonObject { ["level"] = "OFF", ["includeExecutionData"] = false },
            ["tracingConfiguration"] = new JsonObject { ["enabled"] = false },
            ["revisionId"] = machine.RevisionId,
        };
    }

    private JsonObject ListStateMachines(JsonObject request)
    {
        var all = engine.Machines.OrderBy(m => m.Name, StringComparer.Ordinal).ToList();
        var (page, next) = Paginate(all, request, 100);
        var result = new JsonObject
        {
            ["stateMachines"] = new JsonArray(page.Select(m => (JsonNode)new JsonObject
            {
                ["stateMachineArn"] = m.Arn,
                ["name"] = m.Name,
                ["type"] = m.Type,
                ["creationDate"] = Epoch(m.CreationDate),
            }).ToArray()),
        };
        if (next is not null)
        {
            result["nextToken"] = next;
        }

        return result;
    }

    private JsonObject DeleteStateMachine(JsonObject request)
    {
        engine.DeleteStateMachine(Required(request, "stateMachineArn"));
        return [];
    }
}
