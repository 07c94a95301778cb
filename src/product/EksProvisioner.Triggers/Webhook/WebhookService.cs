using System.Text;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// The environments API behind the webhook function and <c>eksprov api --local</c>:
/// <c>POST /environments</c> starts provisioning (once per ticket and environment),
/// <c>GET /environments/{name}</c> answers the environment's status, <c>DELETE /environments/{name}</c>
/// starts its teardown. Every route needs a valid <see cref="WebhookSignature"/>. Checks run in this
/// order and nothing is started on any error: body size (413), route (404, 405), signature (401),
/// then the request itself (400, 404, 409). One log line per request: method, path, status, request
/// id and execution ARN; never the secret, the signature or the body.
/// </summary>
public sealed class WebhookService
{
    /// <summary>The largest body accepted, in bytes (256 KiB, Step Functions' input limit).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    private const string Collection = "/environments";
    private static readonly string[] CollectionMethods = ["POST"];
    private static readonly string[] ItemMethods = ["GET", "DELETE"];

    private readonly EnvironmentExecutions _environments;
    private readonly WebhookAuthenticator _authenticator;
    private readonly TimeProvider _time;
    private readonly TextWriter _log;
    private readonly JiraMapping _jira;

    public WebhookService(EnvironmentExecutions environments, IWebhookSecret secret, TimeProvider timeProvider, TextWriter log, JiraMapping? jira = null)
    {
        ArgumentNullException.ThrowIfNull(environments);
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(timeProvider);
        ArgumentNullException.ThrowIfNull(log);
        _environments = environments;
        _authenticator = new WebhookAuthenticator(secret, timeProvider);
        _time = timeProvider;
        _log = log;
        _jira = jira ?? JiraMapping.Default;
    }

    /// <summary>Answers one request. AWS errors (Step Functions, SSM) propagate: the front end answers 500.</summary>
    public async Task<WebhookResponse> HandleAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (response, executionArn) = await AnswerAsync(request, cancellationToken);
        var line = new StringBuilder($"[eksprov] webhook {request.Method} {request.Path} -> {response.StatusCode} requestId={request.RequestId}");
        if (executionArn is not null)
        {
            line.Append(" execution=").Append(executionArn);
        }

        await _log.WriteLineAsync(line.ToString());
        return response;
    }

    private async Task<(WebhookResponse Response, string? ExecutionArn)> AnswerAsync(WebhookRequest request, CancellationToken cancellationToken)
    {
        if (WebhookBody.Size(request.Body, request.IsBase64Encoded) > MaxBodyBytes)
        {
            return (WebhookAnswers.Message(413, $"the body is over {MaxBodyBytes} bytes"), null);
        }

        if (!TryRoute(request.Path, out var name))
        {
            return (WebhookAnswers.Message(404, "not found"), null);
        }

        var methods = name is null ? CollectionMethods : ItemMethods;
        if (!methods.Contains(request.Method, StringComparer.Ordinal))
        {
            var allow = string.Join(", ", methods);
            return (WebhookAnswers.Message(405, $"{request.Method} is not allowed here; use {allow}", ("allow", allow)), null);
        }

        var body = WebhookBody.Bytes(request.Body, request.IsBase64Encoded);
        var check = body is null ? SignatureCheck.Invalid : await _authenticator.CheckAsync(request, body, cancellationToken);
        if (check != SignatureCheck.Valid)
        {
            return (WebhookAnswers.Message(401, "signature " + check.ToString().ToLowerInvariant()), null);
        }

        return name is null
            ? await ProvisionAsync(request, body!, cancellationToken)
            : request.Method == "GET"
                ? await GetAsync(request, name, cancellationToken)
                : await DeleteAsync(request, name, cancellationToken);
    }

    private async Task<(WebhookResponse, string?)> ProvisionAsync(WebhookRequest request, byte[] body, CancellationToken cancellationToken)
    {
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(body);
        }
        catch (DecoderFallbackException)
        {
            return (WebhookAnswers.Problems(["$: the body is not UTF-8 text; send the request as JSON"]), null);
        }

        var read = ProvisionRequestReader.Read(text, _jira, _environments.Machines.Region);
        if (read.Request is not { Ticket: { } ticket } environment)
        {
            return (WebhookAnswers.Problems(read.Problems), null);
        }

        var name = ExecutionNames.ForTicket(environment.Name, ticket);
        var start = await _environments.StartProvisionAsync(read.Input!, name, cancellationToken);
        return (await ExecutionAnswerAsync(request, environment.Name, start, cancellationToken), start.ExecutionArn);
    }

    private async Task<(WebhookResponse, string?)> GetAsync(WebhookRequest request, string name, CancellationToken cancellationToken)
    {
        var status = await _environments.FindAsync(name, cancellationToken);
        return status is null
            ? (UnknownEnvironment(name), null)
            : (WebhookAnswers.Environment(status, StatusUrl(request, name)), null);
    }

    private async Task<(WebhookResponse, string?)> DeleteAsync(WebhookRequest request, string name, CancellationToken cancellationToken)
    {
        var status = await _environments.FindAsync(name, cancellationToken);
        switch (status)
        {
            case null:
                return (UnknownEnvironment(name), null);
            case { Phase: EnvironmentPhase.Deleted, Teardown: { } last }:
                // Idempotent: the environment is gone; answer the teardown that removed it, start nothing.
                return (WebhookAnswers.Execution(false, last.ExecutionArn, last.Name, last.Status, StatusUrl(request, name)), last.ExecutionArn);
            case { Phase: EnvironmentPhase.Provisioning, Provision: { } running }:
                // A teardown racing a running provisioning would leave what the provisioning creates next.
                return (WebhookAnswers.Message(409, $"environment '{name}' is being provisioned ({running.Name}); delete it when that has finished"), null);
            case { Region: null }:
                return (WebhookAnswers.Message(409, $"the region of environment '{name}' is unknown (its newest execution has no region in its input)"), null);
        }

        var start = await _environments.StartTeardownAsync(name, status.Region, ExecutionNames.Down(name, _time.GetUtcNow()), cancellationToken);
        return (await ExecutionAnswerAsync(request, name, start, cancellationToken), start.ExecutionArn);
    }

    /// <summary>A new execution is RUNNING; an existing one is looked up, since it may have finished.</summary>
    private async Task<WebhookResponse> ExecutionAnswerAsync(WebhookRequest request, string environment, ExecutionStart start, CancellationToken cancellationToken)
    {
        var status = "RUNNING";
        if (!start.IsNew)
        {
            var executions = await _environments.ExecutionsAsync(environment, cancellationToken);
            status = executions.FirstOrDefault(e => e.ExecutionArn == start.ExecutionArn)?.Status ?? status;
        }

        return WebhookAnswers.Execution(start.IsNew, start.ExecutionArn, start.Name, status, StatusUrl(request, environment));
    }

    private static WebhookResponse UnknownEnvironment(string name) => WebhookAnswers.Message(404, $"no environment named '{name}'");

    private static string StatusUrl(WebhookRequest request, string name) => request.BaseUrl.TrimEnd('/') + Collection + "/" + name;

    /// <summary>True for /environments (<paramref name="name"/> null) and /environments/{name}.</summary>
    private static bool TryRoute(string path, out string? name)
    {
        name = null;
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (trimmed == Collection)
        {
            return true;
        }

        if (!trimmed.StartsWith(Collection + "/", StringComparison.Ordinal))
        {
            return false;
        }

        name = Uri.UnescapeDataString(trimmed[(Collection.Length + 1)..]);
        return name.Length > 0 && !name.Contains('/', StringComparison.Ordinal);
    }
}
