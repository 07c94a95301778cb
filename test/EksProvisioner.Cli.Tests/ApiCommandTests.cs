using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Cli.Tests;

public sealed class ApiCommandTests : IDisposable
{
    private const string Secret = "cli-webhook-secret-81";

    // Each poll is a few HTTP calls to the local API and the simulator; provisioning takes about a second of wall time.
    private const int MaxPolls = 5000;

    private readonly StateDir _state = new();
    private readonly HttpClient _http = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Api_Local_ProvisionsAndTearsDownThroughSignedRequests()
    {
        await using var cli = await RunningCli.StartAsync("api", "--local", "--port", "0", "--webhook-secret", Secret, "--state-dir", _state.Path);
        var request = JsonNode.Parse(await File.ReadAllTextAsync(StateDir.Minimal, Ct))!.AsObject();
        request["ticket"] = new JsonObject { ["system"] = "jira", ["key"] = "OPS-9" };
        var name = request["name"]!.GetValue<string>();
        var body = request.ToJsonString();

        var (created, createdBody) = await SendAsync(cli.Endpoint, HttpMethod.Post, "/environments", body);
        var (duplicate, duplicateBody) = await SendAsync(cli.Endpoint, HttpMethod.Post, "/environments", body);

        Assert.Equal(HttpStatusCode.Accepted, created);
        Assert.Equal(HttpStatusCode.OK, duplicate);
        Assert.Equal(createdBody["executionArn"]!.GetValue<string>(), duplicateBody["executionArn"]!.GetValue<string>());
        Assert.Equal(new Uri(cli.Endpoint, "/environments/" + name).ToString(), createdBody["statusUrl"]!.GetValue<string>());

        var ready = await PollAsync(cli.Endpoint, name, "Ready");
        Assert.False(string.IsNullOrEmpty(ready["output"]!["kubeconfig"]!.GetValue<string>()));
        Assert.Equal(createdBody["executionArn"]!.GetValue<string>(), ready["provision"]!["executionArn"]!.GetValue<string>());

        var (deleting, deleteBody) = await SendAsync(cli.Endpoint, HttpMethod.Delete, "/environments/" + name);
        Assert.Equal(HttpStatusCode.Accepted, deleting);
        var deleted = await PollAsync(cli.Endpoint, name, "Deleted");
        Assert.Equal(deleteBody["executionArn"]!.GetValue<string>(), deleted["teardown"]!["executionArn"]!.GetValue<string>());

        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
        var log = cli.Stderr.ToString();
        Assert.Contains("POST /environments -> 202", log, StringComparison.Ordinal);
        Assert.Contains("POST /environments -> 200", log, StringComparison.Ordinal);
        Assert.Contains($"DELETE /environments/{name} -> 202", log, StringComparison.Ordinal);
        Assert.DoesNotContain(Secret, log, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_SecretFromTheEnvironment_RefusesUnsignedAndAnswersUnknownPaths()
    {
        var environment = new Dictionary<string, string> { ["EKSPROV_WEBHOOK_SECRET"] = Secret };
        await using var cli = await RunningCli.StartAsync(environment, "api", "--local", "--state-dir", _state.Path);

        using var unsigned = await _http.GetAsync(new Uri(cli.Endpoint, "/environments/dev"), Ct);
        var (unknown, _) = await SendAsync(cli.Endpoint, HttpMethod.Get, "/environments/nothing-here");
        var (forged, _) = await SendAsync(cli.Endpoint, HttpMethod.Get, "/environments/dev", secret: "not-the-secret");
        var (wrongMethod, _) = await SendAsync(cli.Endpoint, HttpMethod.Put, "/environments");

        Assert.Equal(HttpStatusCode.Unauthorized, unsigned.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, unknown);
        Assert.Equal(HttpStatusCode.Unauthorized, forged);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, wrongMethod);
        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
    }

    [Fact]
    public async Task Api_NoSecret_ExitsTwoSayingHowToSetIt()
    {
        var environment = new Dictionary<string, string>();
        var run = await CliRun.RunAsync(["api", "--local", "--state-dir", _state.Path], environment);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains("--webhook-secret", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("EKSPROV_WEBHOOK_SECRET", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Api_WithoutLocal_ExitsTwo()
    {
        var run = await CliRun.RunAsync("api", "--webhook-secret", Secret, "--state-dir", _state.Path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("--local", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _state.Dispose();
    }

    /// <summary>GETs the environment until it reaches <paramref name="phase"/>, a bounded number of times, without sleeping.</summary>
    private async Task<JsonNode> PollAsync(Uri endpoint, string name, string phase)
    {
        for (var poll = 0; poll < MaxPolls; poll++)
        {
            var (status, body) = await SendAsync(endpoint, HttpMethod.Get, "/environments/" + name);
            Assert.Equal(HttpStatusCode.OK, status);
            var current = body["phase"]!.GetValue<string>();
            if (current == phase)
            {
                return body;
            }

            Assert.DoesNotContain("Failed", current, StringComparison.Ordinal);
        }

        Assert.Fail($"{name} did not reach {phase} within {MaxPolls} polls");
        return null;
    }

    private async Task<(HttpStatusCode Status, JsonNode Body)> SendAsync(Uri endpoint, HttpMethod method, string path, string body = "", string secret = Secret)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        var timestamp = WebhookSignature.Timestamp(TimeProvider.System.GetUtcNow());
        using var message = new HttpRequestMessage(method, new Uri(endpoint, path));
        if (method == HttpMethod.Post || bytes.Length > 0)
        {
            message.Content = new ByteArrayContent(bytes);
            message.Content.Headers.ContentType = new("application/json");
        }

        message.Headers.Add(WebhookSignature.TimestampHeader, timestamp);
        message.Headers.Add(WebhookSignature.SignatureHeader, WebhookSignature.Sign(secret, timestamp, method.Method, new Uri(endpoint, path).AbsolutePath, bytes));
        using var response = await _http.SendAsync(message, Ct);
        var text = await response.Content.ReadAsStringAsync(Ct);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        return (response.StatusCode, JsonNode.Parse(text)!);
    }
}
