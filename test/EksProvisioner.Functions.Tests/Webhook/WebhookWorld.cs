using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Testing;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Functions.Tests.Webhook;

/// <summary>
/// The Webhook handler over the real Step Functions client and the in-process engine (two one-state
/// machines), with a fixed secret; builds API Gateway events from the test data file and signs them.
/// </summary>
internal sealed class WebhookWorld : IDisposable
{
    public const string Secret = "round-trip-secret";
    private const string Definition = """{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";
    private readonly AwsClientFactory _factory;

    public WebhookWorld()
    {
        Clock = new VirtualClock(VirtualClock.DefaultStart);
        var engine = Engine = new StepFunctionsEngine(Clock, Randomizers.Seeded(1), new StepFunctionsEngineOptions());
        Machines = new StateMachines(engine.CreateStateMachine("provision", Definition), engine.CreateStateMachine("teardown", Definition));
        Api = new StepFunctionsApiHandler(new StepFunctionsApi(engine));
        _factory = new AwsClientFactory(
            TestAws.Options(handler: Api),
            Clock,
            Randomizers.Fixed(0));
        var service = new WebhookService(new EnvironmentExecutions(_factory.CreateStepFunctions(), Machines), new StaticWebhookSecret(Secret), Clock);
        Front = new WebhookFront(service, Log);
        Handler = new WebhookHandler(Front);
    }

    public VirtualClock Clock { get; }

    /// <summary>The local engine; executions run on it asynchronously, so await one before asserting on its end.</summary>
    public StepFunctionsEngine Engine { get; }

    public StateMachines Machines { get; }

    public StepFunctionsApiHandler Api { get; }

    public StringWriter Log { get; } = new();

    /// <summary>The HTTP side both the handler and <c>eksprov api --local</c> call.</summary>
    public WebhookFront Front { get; }

    public WebhookHandler Handler { get; }

    /// <summary>A request to <see cref="Front"/> signed now with <paramref name="secret"/> over the body's UTF-8 bytes.</summary>
    public WebhookHttpRequest Signed(string method, string path, string body = "", string secret = Secret)
    {
        // Lower-case names, as API Gateway's payload 2.0 delivers them.
        var headers = WebhookSignature.Headers(secret, Clock.GetUtcNow(), method, path, Encoding.UTF8.GetBytes(body))
            .ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value);
        return new WebhookHttpRequest(method, path, headers, body.Length == 0 ? null : body, false, "req-42", "https://api.example.com/prod");
    }

    public Task<WebhookResponse> SendAsync(WebhookHttpRequest request) => Front.HandleAsync(request, TestContext.Current.CancellationToken);

    /// <summary>The documented-style event from Data/, with this method, path, body and a valid signature.</summary>
    public JsonObject Event(string method, string rawPath, string body, string stage = "prod")
    {
        var e = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Webhook", "Data", "http-api-post-environments.json")))!.AsObject();
        var timestamp = WebhookSignature.Timestamp(Clock.GetUtcNow());
        e["routeKey"] = $"{method} {rawPath}";
        e["rawPath"] = rawPath;
        e["requestContext"]!["http"]!["method"] = method;
        e["requestContext"]!["http"]!["path"] = rawPath;
        e["requestContext"]!["stage"] = stage;
        e["headers"]!["x-eksprov-timestamp"] = timestamp;
        // The route path is signed: what API Gateway keeps in rawPath after a named stage.
        var routePath = rawPath.StartsWith("/" + stage + "/", StringComparison.Ordinal) ? rawPath[(stage.Length + 1)..] : rawPath;
        e["headers"]!["x-eksprov-signature"] = WebhookSignature.Sign(Secret, timestamp, method, routePath, Encoding.UTF8.GetBytes(body));
        e["body"] = body;
        return e;
    }

    public Task<JsonNode?> InvokeAsync(JsonNode? e) =>
        Handler.HandleAsync(
            e,
            new LambdaInvocationContext("lambda-req-1", Clock.GetUtcNow().AddSeconds(30), "arn:aws:lambda:us-east-2:123456789012:function:eksprov-Webhook", null, null, null, Clock),
            TestContext.Current.CancellationToken);

    public void Dispose()
    {
        _factory.Dispose();
        Log.Dispose();
    }
}
