using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Webhook;

/// <summary>
/// Lambda stage <c>Webhook</c>: the HTTP API (payload 2.0) in front of <see cref="WebhookFront"/>.
/// Deserialize, one call, serialize. <c>eksprov api --local</c> calls the same front without an event.
/// </summary>
public sealed class WebhookHandler(WebhookFront front) : ILambdaHandler
{
    public const string StageName = "Webhook";

    /// <summary>The SSM SecureString parameter holding the webhook secret (set by the template).</summary>
    public const string SecretParameterVariable = "EKSPROV_WEBHOOK_SECRET_PARAMETER";

    /// <summary>Optional Jira custom field mapping, such as <c>customfield_10100=env,customfield_10101=ttl</c>.</summary>
    public const string JiraCustomFieldsVariable = "EKSPROV_JIRA_CUSTOM_FIELDS";

    /// <summary>Environments the webhook may tear down although no ticket created them (comma list; stack parameter WebhookDeletableEnvironments).</summary>
    public const string DeletableEnvironmentsVariable = "EKSPROV_WEBHOOK_DELETABLE_ENVIRONMENTS";

    /// <summary>
    /// The deployed function: state machines from <see cref="TriggerSettings"/>, the secret from the SSM
    /// parameter named by <see cref="SecretParameterVariable"/> (read on first use, cached).
    /// </summary>
    /// <exception cref="InvalidOperationException">A variable is missing or malformed (an init error naming it).</exception>
    public static WebhookHandler FromEnvironment(Func<string, string?> environment, StageClients clients, TextWriter log)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(clients);
        var machines = TriggerSettings.FromEnvironment(environment);
        var parameter = environment(SecretParameterVariable);
        if (string.IsNullOrWhiteSpace(parameter))
        {
            throw new InvalidOperationException($"{SecretParameterVariable} is not set: the webhook needs the name of the SSM SecureString parameter holding its secret (the template sets it).");
        }

        JiraMapping jira;
        IReadOnlySet<string> deletable;
        var variable = JiraCustomFieldsVariable;
        try
        {
            jira = JiraMapping.Parse(environment(variable));
            variable = DeletableEnvironmentsVariable;
            deletable = DeletableEnvironments.Parse(environment(variable));
        }
        catch (FormatException e)
        {
            throw new InvalidOperationException($"{variable}: {e.Message}", e);
        }

        var source = new SsmWebhookSecretSource(clients.Ssm, parameter);
        var service = new WebhookService(
            new EnvironmentExecutions(clients.StepFunctions, machines),
            new CachedWebhookSecret(source.ReadAsync, clients.TimeProvider),
            clients.TimeProvider,
            jira,
            deletable,
            clients.Guardrails);
        return new WebhookHandler(new WebhookFront(service, log));
    }

    public async Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken)
    {
        HttpApiRequest? request;
        try
        {
            request = input?.Deserialize<HttpApiRequest>(HttpApiJson.Options);
        }
        catch (JsonException e)
        {
            throw new InvalidEventException(e);
        }

        var response = await front.HandleAsync(
            HttpApiEvents.ToWebhookRequest(request ?? throw new InvalidEventException("The event is empty; expected an HTTP API payload 2.0 event.")),
            cancellationToken);
        return JsonSerializer.SerializeToNode(HttpApiEvents.ToHttpApiResponse(response), HttpApiJson.Options);
    }
}
