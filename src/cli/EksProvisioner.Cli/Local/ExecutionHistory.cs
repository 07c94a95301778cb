using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.Cli.Local;

/// <summary>Reads an execution's history through the engine's Step Functions API, every page.</summary>
internal static class ExecutionHistory
{
    public static JsonArray Read(StepFunctionsApi api, string executionArn)
    {
        var events = new JsonArray();
        string? next = null;
        do
        {
            var request = new JsonObject { ["executionArn"] = executionArn, ["maxResults"] = 1000 };
            if (next is not null)
            {
                request["nextToken"] = next;
            }

            var (status, body) = api.Handle("GetExecutionHistory", request.ToJsonString());
            var page = JsonNode.Parse(body)!;
            if (status != 200)
            {
                throw new InvalidOperationException($"GetExecutionHistory failed: {body}");
            }

            foreach (var item in page["events"]!.AsArray())
            {
                events.Add(item!.DeepClone());
            }

            next = page["nextToken"]?.GetValue<string>();
        }
        while (next is not null);
        return events;
    }

    /// <summary>State transitions as Step Functions bills them: one per state entered, top level and nested.</summary>
    public static int StateTransitions(JsonArray events) =>
        events.Count(e => e?["type"]?.GetValue<string>() is { } type && type.EndsWith("StateEntered", StringComparison.Ordinal));
}
