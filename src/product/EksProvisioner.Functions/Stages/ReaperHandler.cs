using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.Workflow;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Reaping;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// Lambda stage <c>Reaper</c>, run by a rate schedule: one reaper pass over the function's region, its
/// report returned and logged. The state machines come from EKSPROV_PROVISION_STATE_MACHINE_ARN and
/// EKSPROV_TEARDOWN_STATE_MACHINE_ARN (a missing one fails the init phase, naming it). A pass that could not
/// start some teardown fails the invocation with <see cref="ReapIncompleteException"/> after logging its report.
/// </summary>
public sealed class ReaperHandler(Reaper reaper, TextWriter log) : ILambdaHandler
{
    public const string StageName = "Reaper";

    public ReaperHandler(StageClients clients, Func<string, string?> environment, TextWriter log)
        : this(Compose(clients, environment, log), log)
    {
    }

    public async Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken)
    {
        // The scheduled event only says that the schedule fired; a pass needs nothing from it.
        var report = await reaper.RunAsync(cancellationToken);
        var json = WorkflowJson.Write(report);
        await log.WriteLineAsync("reaper: report " + json?.ToJsonString());
        return report.Failed.Count > 0 ? throw new ReapIncompleteException(report.Failed) : json;
    }

    private static Reaper Compose(StageClients clients, Func<string, string?> environment, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(clients);
        var executions = new EnvironmentExecutions(clients.StepFunctions, TriggerSettings.FromEnvironment(environment));
        return new Reaper(clients.Tagging, executions, clients.Region, clients.TimeProvider, log);
    }
}
