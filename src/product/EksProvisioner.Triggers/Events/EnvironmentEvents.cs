using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Events;

/// <summary>
/// The events function: EventBridge events from the environments bus, and the schedules' inputs shaped
/// like them, become executions named by the <see cref="ExecutionNames"/> convention, so status, list,
/// the API and the reaper see them. <see cref="EventDetailTypes.EnvironmentRequested"/> starts
/// provisioning under the ticket's name, or <see cref="ExecutionNames.Up"/> at the event's time;
/// <see cref="EventDetailTypes.EnvironmentTeardownRequested"/> starts a teardown named
/// <see cref="ExecutionNames.Down"/> at that time. A redelivered event carries the same time, names the
/// same execution and starts nothing twice. A request for an environment that exists (see
/// <see cref="ExistingEnvironment"/>) is rejected, as the webhook answers 409. An invalid event is answered (not thrown): retrying it cannot
/// help. Step Functions errors propagate, so the caller's retries apply. One log line per event.
/// </summary>
public sealed class EnvironmentEvents
{
    private readonly EnvironmentExecutions _executions;
    private readonly string _region;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;
    private readonly Guardrails _guardrails;

    /// <param name="executions">Starts executions on the deployed state machines.</param>
    /// <param name="region">The function's region: where a teardown without a region runs.</param>
    /// <param name="timeProvider">Only for events without a time (a hand-made invocation).</param>
    /// <param name="log">Where the one line per event goes (CloudWatch Logs through stderr in Lambda).</param>
    /// <param name="guardrails">The stack's ceilings on requests; <see cref="Guardrails.Default"/> when null.</param>
    public EnvironmentEvents(EnvironmentExecutions executions, string region, TimeProvider timeProvider, TextWriter log, Guardrails? guardrails = null)
    {
        ArgumentNullException.ThrowIfNull(executions);
        ArgumentException.ThrowIfNullOrEmpty(region);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(log);
        (_executions, _region, _time, _log) = (executions, region, timeProvider, log);
        _guardrails = guardrails ?? Guardrails.Default;
    }

    /// <summary>Answers one event; throws only what Step Functions threw.</summary>
    public async Task<EventAnswer> HandleAsync(JsonNode? input, CancellationToken cancellationToken = default)
    {
        var read = EnvironmentEventReader.Read(input, _time);
        var answer = read.Event switch
        {
            null => Rejected(read.Id, read.DetailType, null, read.Problems),
            { DetailType: EventDetailTypes.EnvironmentRequested } e => await ProvisionAsync(e, cancellationToken),
            var e => await TeardownAsync(e, cancellationToken),
        };

        await _log.WriteLineAsync(Line(answer));
        return answer;
    }

    private async Task<EventAnswer> ProvisionAsync(EnvironmentEvent e, CancellationToken cancellationToken)
    {
        var validation = EnvironmentRequests.Validate(e.Detail, _executions.Machines.Region, _guardrails);
        if (validation.Request is not { } request)
        {
            // The contract's paths are relative to the request, which is the event's detail.
            return Rejected(e.Id, e.DetailType, Field(e.Detail, "name"), [.. validation.Problems.Select(p => "$.detail" + p[1..])]);
        }

        var name = request.Ticket is { } ticket ? ExecutionNames.ForTicket(request.Name, ticket) : ExecutionNames.Up(request.Name, e.Time);
        if (await _executions.BlockingAsync(request.Name, name, cancellationToken) is { } existing)
        {
            // Retrying cannot help either: rejected, logged, not thrown.
            return Rejected(e.Id, e.DetailType, request.Name, [ExistingEnvironment.Message(existing)]);
        }

        var start = await _executions.StartProvisionAsync(request, name, cancellationToken);
        return Answer(e, request.Name, start);
    }

    private async Task<EventAnswer> TeardownAsync(EnvironmentEvent e, CancellationToken cancellationToken)
    {
        var problems = new List<string>();
        if (TeardownDetail.Read(e.Detail, problems) is not { } detail)
        {
            return Rejected(e.Id, e.DetailType, Text(e.Detail["environmentName"]), problems);
        }

        var name = ExecutionNames.Down(detail.EnvironmentName, e.Time);
        var start = await _executions.StartTeardownAsync(detail.EnvironmentName, detail.Region ?? _region, name, cancellationToken);
        return Answer(e, detail.EnvironmentName, start);
    }

    private static EventAnswer Answer(EnvironmentEvent e, string environment, ExecutionStart start) =>
        new(start.IsNew ? EventOutcome.Started : EventOutcome.AlreadyExisted, e.DetailType, e.Id, environment, start.Name, start.ExecutionArn, []);

    private static EventAnswer Rejected(string? id, string? detailType, string? environment, IReadOnlyList<string> problems) =>
        new(EventOutcome.Rejected, detailType, id, environment, null, null, problems);

    private static string Line(EventAnswer a)
    {
        var subject = $"{a.DetailType ?? "event"}{(a.EventId is null ? "" : " " + a.EventId)}{(a.Environment is null ? "" : " for " + a.Environment)}";
        return a.Outcome switch
        {
            EventOutcome.Started => $"started {a.ExecutionName} from {subject}: {a.ExecutionArn}",
            EventOutcome.AlreadyExisted => $"already existed {a.ExecutionName} for {subject}, nothing started: {a.ExecutionArn}",
            _ => $"rejected {subject}, nothing started: {string.Join("; ", a.Problems)}",
        };
    }

    /// <summary>A field of a detail that may give a field twice, read from its text: reading the node would throw.</summary>
    private static string? Field(JsonObject detail, string name)
    {
        using var document = System.Text.Json.JsonDocument.Parse(detail.ToJsonString());
        return document.RootElement.TryGetProperty(name, out var value) && value.ValueKind == System.Text.Json.JsonValueKind.String ? value.GetString() : null;
    }

    private static string? Text(JsonNode? node) => node is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
}
