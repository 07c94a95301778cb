using System.Text;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// The environments API behind the webhook function and <c>eksprov api --local</c>, free of HTTP routing
/// and transport: <see cref="WebhookAction.Provision"/> starts provisioning (once per ticket and
/// environment), <see cref="WebhookAction.Describe"/> answers an environment's status,
/// <see cref="WebhookAction.Teardown"/> starts its teardown. Every call needs a valid
/// <see cref="WebhookSignature"/> (401), then the request itself is checked (400, 403, 404, 409); nothing is
/// started on any error. A POST for an environment that exists is 409 (<see cref="ExistingEnvironment"/>); a
/// DELETE needs an environment a ticket created or one listed as deletable (403), and is named by its
/// signature so that a replay starts nothing (409 already accepted). Body size, routes and the log line are the front end's.
/// </summary>
public sealed class WebhookService
{
    private const string Collection = "/environments";

    private readonly EnvironmentExecutions _environments;
    private readonly WebhookAuthenticator _authenticator;
    private readonly JiraMapping _jira;
    private readonly IReadOnlySet<string> _deletable;
    private readonly Guardrails _guardrails;

    /// <param name="deletableEnvironments">Environments a DELETE may tear down although no ticket created them (<see cref="DeletableEnvironments"/>).</param>
    /// <param name="guardrails">The stack's ceilings on requests; <see cref="Guardrails.Default"/> when null.</param>
    public WebhookService(
        EnvironmentExecutions environments,
        IWebhookSecret secret,
        TimeProvider timeProvider,
        JiraMapping? jira = null,
        IReadOnlySet<string>? deletableEnvironments = null,
        Guardrails? guardrails = null)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _environments = environments;
        _authenticator = new WebhookAuthenticator(secret, timeProvider);
        _jira = jira ?? JiraMapping.Default;
        _deletable = deletableEnvironments ?? new HashSet<string>();
        _guardrails = guardrails ?? Guardrails.Default;
    }

    /// <summary>Answers one call. AWS errors (Step Functions, SSM) propagate: the front end answers 500.</summary>
    public async Task<WebhookAnswer> HandleAsync(WebhookCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var signature = call.Body is null
            ? new SignatureResult(SignatureCheck.Invalid)
            : await _authenticator.CheckAsync(call.Method, call.Path, call.Headers, call.Body, cancellationToken);
        if (signature.Check != SignatureCheck.Valid)
        {
            return new WebhookAnswer(WebhookAnswers.Message(401, "signature " + signature.Check.ToString().ToLowerInvariant()), null);
        }

        return call switch
        {
            { Action: WebhookAction.Describe, Environment: { } name } => await GetAsync(call, name, cancellationToken),
            { Action: WebhookAction.Teardown, Environment: { } name } => await DeleteAsync(call, name, signature.Mac!, cancellationToken),
            { Action: WebhookAction.Provision } => await ProvisionAsync(call, call.Body!, cancellationToken),
            _ => throw new ArgumentException($"{call.Action} needs the environment's name.", nameof(call)),
        };
    }

    private async Task<WebhookAnswer> ProvisionAsync(WebhookCall call, byte[] body, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return new WebhookAnswer(WebhookAnswers.Problems(["$: the body is not UTF-8 text; send the request as JSON"]), null);
        }

        var read = ProvisionRequestReader.Read(text, _jira, _environments.Machines.Region, _guardrails);
        if (read.Request is not { Ticket: { } ticket } environment)
        {
            return new WebhookAnswer(WebhookAnswers.Problems(read.Problems), null);
        }

        var name = ExecutionNames.ForTicket(environment.Name, ticket);
        if (await _environments.BlockingAsync(environment.Name, name, cancellationToken) is { } existing)
        {
            return new WebhookAnswer(WebhookAnswers.Message(409, ExistingEnvironment.Message(existing)), null);
        }

        var start = await _environments.StartProvisionAsync(read.Input!, name, cancellationToken);
        return new WebhookAnswer(await ExecutionAnswerAsync(call, environment.Name, start, cancellationToken), start.ExecutionArn);
    }

    private async Task<WebhookAnswer> GetAsync(WebhookCall call, string name, CancellationToken cancellationToken)
    {
        var status = await _environments.FindAsync(name, cancellationToken);
        return status is null
            ? new WebhookAnswer(UnknownEnvironment(name), null)
            : new WebhookAnswer(WebhookAnswers.Environment(status, StatusUrl(call, name)), null);
    }

    private async Task<WebhookAnswer> DeleteAsync(WebhookCall call, string name, byte[] signature, CancellationToken cancellationToken)
    {
        var status = await _environments.FindAsync(name, cancellationToken);
        if (status is null)
        {
            return new WebhookAnswer(UnknownEnvironment(name), null);
        }

        // Only what a ticket created (its newest provisioning is ticket-named) or the stack lists may be deleted here.
        if (!_deletable.Contains(name) && !ExecutionNames.IsForTicket(status.Provision?.Name ?? ""))
        {
            return new WebhookAnswer(WebhookAnswers.Message(403, NotDeletable(name, status)), null);
        }

        // Named by the signature: a replayed DELETE names the same execution and starts nothing.
        var executionName = ExecutionNames.SignedDown(name, signature);
        if ((await _environments.ExecutionsAsync(name, cancellationToken)).FirstOrDefault(e => e.Name == executionName) is { } accepted)
        {
            return AlreadyAccepted(accepted.ExecutionArn);
        }

        switch (status)
        {
            case { Phase: EnvironmentPhase.Deleted, Teardown: { } last }:
                // Idempotent: the environment is gone; answer the teardown that removed it, start nothing.
                return new WebhookAnswer(WebhookAnswers.Execution(false, last.ExecutionArn, last.Name, last.Status, StatusUrl(call, name)), last.ExecutionArn);
            case { Phase: EnvironmentPhase.Provisioning, Provision: { } running }:
                // A teardown racing a running provisioning would leave what the provisioning creates next.
                return new WebhookAnswer(WebhookAnswers.Message(409, $"environment '{name}' is being provisioned ({running.Name}); delete it when that has finished"), null);
            case { Region: null }:
                return new WebhookAnswer(WebhookAnswers.Message(409, $"the region of environment '{name}' is unknown (its newest execution has no region in its input)"), null);
        }

        var start = await _environments.StartTeardownAsync(name, status.Region, executionName, cancellationToken);
        if (!start.IsNew && start.Name == executionName)
        {
            // A concurrent replay of this request won the start.
            return AlreadyAccepted(start.ExecutionArn);
        }

        return new WebhookAnswer(await ExecutionAnswerAsync(call, name, start, cancellationToken), start.ExecutionArn);
    }

    private static WebhookAnswer AlreadyAccepted(string executionArn) =>
        new(WebhookAnswers.Message(409, $"already accepted: this signed request started {executionArn}; a request takes effect once (sign a new one to ask again)"), executionArn);

    private static string NotDeletable(string name, EnvironmentStatus status) =>
        $"environment '{name}' was not created through a ticket (its provisioning is '{status.Provision?.Name ?? "none"}'), so the webhook may not tear it down; "
        + $"use 'eksprov down {name}', or add it to the stack parameter WebhookDeletableEnvironments";

    /// <summary>A new execution is RUNNING; an existing one is looked up, since it may have finished.</summary>
    private async Task<WebhookResponse> ExecutionAnswerAsync(WebhookCall call, string environment, ExecutionStart start, CancellationToken cancellationToken)
    {
        var status = "RUNNING";
        if (!start.IsNew)
        {
            var executions = await _environments.ExecutionsAsync(environment, cancellationToken);
            status = executions.FirstOrDefault(e => e.ExecutionArn == start.ExecutionArn)?.Status ?? status;
        }

        return WebhookAnswers.Execution(start.IsNew, start.ExecutionArn, start.Name, status, StatusUrl(call, environment));
    }

    private static WebhookResponse UnknownEnvironment(string name) => WebhookAnswers.Message(404, $"no environment named '{name}'");

    /// <summary>Where <c>GET /environments/{name}</c> answers: the status URL in every execution answer.</summary>
    private static string StatusUrl(WebhookCall call, string name) => call.BaseUrl.TrimEnd('/') + Collection + "/" + name;
}
