using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.Workflow;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Events;

namespace EksProvisioner.Functions.Events;

/// <summary>
/// Lambda stage <c>Events</c>, the target of the environments bus rules and the weekday schedules: one
/// call into <see cref="EnvironmentEvents"/>, its answer returned. A rejected event returns normally (an
/// asynchronous retry would only repeat it); Step Functions errors fail the invocation, so Lambda retries.
/// </summary>
public sealed class EventsHandler(EnvironmentEvents events) : ILambdaHandler
{
    public const string StageName = "Events";

    /// <summary>The deployed function: state machines from <see cref="TriggerSettings"/>, the function's region for teardowns.</summary>
    /// <exception cref="InvalidOperationException">A variable is missing or malformed (an init error naming it).</exception>
    public static EventsHandler FromEnvironment(Func<string, string?> environment, StageClients clients, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(clients);
        var executions = new EnvironmentExecutions(clients.StepFunctions, TriggerSettings.FromEnvironment(environment));
        return new EventsHandler(new EnvironmentEvents(executions, clients.Region, clients.TimeProvider, log, clients.Guardrails));
    }

    public async Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken) =>
        WorkflowJson.Write(await events.HandleAsync(input, cancellationToken));
}
