using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.AwsSimulator.States;

/// <summary>
/// Mounts the local engine's Step Functions API (JSON 1.0, <c>X-Amz-Target: AWSStepFunctions.*</c>,
/// signing name <c>states</c>) in the simulated account. State machines and running executions are
/// listed as resources; the engine's state is not persisted (it lives in the engine's process).
/// </summary>
public static class StepFunctionsService
{
    /// <summary>A simulated service answering with <paramref name="api"/>.</summary>
    public static ISimulatedService Create(StepFunctionsApi api)
    {
        ArgumentNullException.ThrowIfNull(api);
        return new JsonTargetService("states", api.Handle) { ListResources = () => Resources(api) };
    }

    private static List<SimulatedResource> Resources(StepFunctionsApi api)
    {
        var resources = new List<SimulatedResource>();
        var noTags = new Dictionary<string, string>(StringComparer.Ordinal);
        var machines = JsonNode.Parse(api.Handle("ListStateMachines", """{"maxResults": 1000}""").Body)?["stateMachines"]?.AsArray() ?? [];
        foreach (var machine in machines)
        {
            var arn = machine!["stateMachineArn"]!.GetValue<string>();
            resources.Add(new SimulatedResource("states", "state-machine", arn, "ACTIVE", noTags));
            var request = new JsonObject { ["stateMachineArn"] = arn, ["statusFilter"] = "RUNNING", ["maxResults"] = 1000 };
            var executions = JsonNode.Parse(api.Handle("ListExecutions", request.ToJsonString()).Body)?["executions"]?.AsArray() ?? [];
            resources.AddRange(executions.Select(e => new SimulatedResource("states", "execution", e!["executionArn"]!.GetValue<string>(), "RUNNING", noTags)));
        }

        return resources;
    }
}
