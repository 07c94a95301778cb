using System.Text;
using EksProvisioner.Triggers.Tests.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

/// <summary>
/// A <see cref="WebhookService"/> over the real EnvironmentExecutions on the in-process engine
/// (<see cref="SfnWorld"/>), and helpers that sign calls as a sender would.
/// </summary>
internal sealed class WebhookBed : IDisposable
{
    public const string Secret = "test-secret-7f3a9c";
    public const string BaseUrl = "https://api.example.com/prod";

    public WebhookBed(IWebhookSecret? secret = null, JiraMapping? jira = null, Core.Contract.Guardrails? guardrails = null)
    {
        Service = new WebhookService(World.Environments, secret ?? new StaticWebhookSecret(Secret), World.Clock, jira, guardrails: guardrails);
    }

    public SfnWorld World { get; } = new();

    public WebhookService Service { get; }

    /// <summary>How many executions were started through the Step Functions API.</summary>
    public int Starts => World.Handler.Calls.GetValueOrDefault("StartExecution");

    public static string Body(string name = "dev", string key = "OPS-1", string extra = "") =>
        "{\"name\":\"" + name + "\"," + extra + "\"ticket\":{\"system\":\"jira\",\"key\":\"" + key + "\",\"url\":\"https://jira.example.com/browse/" + key + "\"}}";

    public static WebhookCall Unsigned(WebhookAction action, string? name = null, byte[]? body = null, IReadOnlyDictionary<string, string>? headers = null) =>
        new(action, name, Method(action), Path(name), headers ?? new Dictionary<string, string>(), body ?? [], BaseUrl);

    /// <summary>The method the front end routes to <paramref name="action"/>.</summary>
    public static string Method(WebhookAction action) => action switch
    {
        WebhookAction.Provision => "POST",
        WebhookAction.Describe => "GET",
        _ => "DELETE",
    };

    /// <summary>The path the front end routes to the environment <paramref name="name"/> (the collection when null).</summary>
    public static string Path(string? name) => name is null ? "/environments" : "/environments/" + name;

    /// <summary>A call signed now (or at <paramref name="at"/>) with <paramref name="secret"/>, over <paramref name="signedBody"/> when given.</summary>
    public WebhookCall Signed(WebhookAction action, string? name = null, string body = "", DateTimeOffset? at = null, string secret = Secret, string? signedBody = null)
    {
        // Lower-case names, as API Gateway's payload 2.0 delivers them.
        var headers = WebhookSignature.Headers(secret, at ?? World.Clock.GetUtcNow(), Method(action), Path(name), Encoding.UTF8.GetBytes(signedBody ?? body))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value);
        headers["content-type"] = "application/json";
        return Unsigned(action, name, Encoding.UTF8.GetBytes(body), headers);
    }

    public async Task<WebhookResponse> SendAsync(WebhookCall call) => (await Service.HandleAsync(call, TestContext.Current.CancellationToken)).Response;

    public Task<WebhookResponse> PostAsync(string body) => SendAsync(Signed(WebhookAction.Provision, body: body));

    public Task<WebhookResponse> GetAsync(string name) => SendAsync(Signed(WebhookAction.Describe, name));

    public Task<WebhookResponse> DeleteAsync(string name) => SendAsync(Signed(WebhookAction.Teardown, name));

    public void Dispose()
    {
        World.Dispose();
    }
}
