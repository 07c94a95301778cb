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
/// <see cref="WebhookSignature"/> (401), then the request itself is checked (400, 404, 409); nothing is
/// started on any error. Body size, routes and the log line are the front end's.
/// </summary>
public sealed class WebhookService
{
    private const string Collection = "/environments";

    private readonly EnvironmentExecutions _environments;
    private readonly WebhookAuthenticator _authenticator;
    private readonly TimeProvider _time;
    private readonly JiraMapping _jira;
    private readonly Guardrails _guardrails;

    /// <param name="guardrails">The stack's ceilings on requests; <see cref="Guardrails.Default"/> when null.</param>
    public WebhookService(EnvironmentExecutions environments, IWebhookSecret secret, TimeProvider timeProvider, JiraMapping? jira = null, Guardrails? guardrails = null)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timeProvider);
        _environments = environments;
        _authenticator = new WebhookAuthenticator(secret, timeProvider);
        _time = timeProvider;
        _jira = jira ?? JiraMapping.Default;
        _guardrails = guardrails ?? Guardrails.Default;
    }

    /// <summary>Answers one call. AWS errors (Step Functions, SSM) propagate: the front end answers 500.</summary>
    public async Task<WebhookAnswer> HandleAsync(WebhookCall call, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(call);
        var check = call.Body is null ? SignatureCheck.Invalid : await _authenticator.CheckAsync(call.Headers, call.Body, cancellationToken);
        if (check != SignatureCheck.Valid)
        {
            return new WebhookAnswer(WebhookAnswers.Message(401, "signature " + check.ToString().ToLowerInvariant()), null);
        }

        return call switch
        {
            { Action: WebhookAction.Describe, Environment: { } name } => await GetAsync(call, name, cancellationToken),
            { Action: WebhookAction.Teardown, Environment: { } name } => await DeleteAsync(call, name, cancellationToken),
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

    private async Task<WebhookAnswer> DeleteAsync(WebhookCall call, string name, CancellationToken cancellationToken)
    {
        var status = await _environments.FindAsync(name, cancellationToken);
        switch (status)
        {
            case null:
                return new WebhookAnswer(UnknownEnvironment(name), null);
            case { Phase: EnvironmentPhase.Deleted, Teardown: { } last }:
                // Idempotent: the environment is gone; answer the teardown that removed it, start nothing.
                return new WebhookAnswer(WebhookAnswers.Execution(false, last.ExecutionArn, last.Name, last.Status, StatusUrl(call, name)), last.ExecutionArn);
            case { Phase: EnvironmentPhase.Provisioning, Provision: { } running }:
                // A teardown racing a running provisioning would leave what the provisioning creates next.
                return new WebhookAnswer(WebhookAnswers.Message(409, $"environment '{name}' is being provisioned ({running.Name}); delete it when that has finished"), null);
            case { Region: null }:
                return new WebhookAnswer(WebhookAnswers.Message(409, $"the region of environment '{name}' is unknown (its newest execution has no region in its input)"), null);
        }

        var start = await _environments.StartTeardownAsync(name, status.Region, ExecutionNames.Down(name, _time.GetUtcNow()), cancellationToken);
        return new WebhookAnswer(await ExecutionAnswerAsync(call, name, start, cancellationToken), start.ExecutionArn);
    }

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
