using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Functions.Webhook;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Tests.Webhook;

public sealed class WebhookFrontTests : IDisposable
{
    private const string Body = """{"name":"dev","ticket":{"system":"jira","key":"OPS-1"}}""";
    private readonly WebhookWorld _world = new();

    private int Starts => _world.Api.Calls.GetValueOrDefault("StartExecution");

    [Theory]
    [InlineData("GET", "/")]
    [InlineData("POST", "/environment")]
    [InlineData("GET", "/environments/dev/output")]
    [InlineData("GET", "/environmentsdev")]
    public async Task HandleAsync_UnknownPath_Answers404(string method, string path)
    {
        var response = await _world.SendAsync(_world.Signed(method, path, method == "POST" ? Body : ""));

        Assert.Equal(404, response.StatusCode);
        Assert.Equal(0, Starts);
    }

    [Theory]
    [InlineData("GET", "/environments", "POST")]
    [InlineData("PUT", "/environments", "POST")]
    [InlineData("POST", "/environments/dev", "GET, DELETE")]
    [InlineData("PATCH", "/environments/dev", "GET, DELETE")]
    public async Task HandleAsync_WrongMethod_Answers405WithAllow(string method, string path, string allow)
    {
        var response = await _world.SendAsync(_world.Signed(method, path, Body));

        Assert.Equal(405, response.StatusCode);
        Assert.Equal(allow, response.Headers["allow"]);
        Assert.Equal(0, Starts);
    }

    [Fact]
    public async Task HandleAsync_BodyOneByteOver256KiB_Answers413BeforeCheckingTheSignature()
    {
        var body = Padded(WebhookFront.MaxBodyBytes + 1);
        var unsigned = _world.Signed("POST", "/environments", body) with { Headers = new Dictionary<string, string>() };

        var plain = await _world.SendAsync(unsigned);
        var signed = await _world.SendAsync(_world.Signed("POST", "/environments", body));
        var base64 = await _world.SendAsync(unsigned with { Body = Convert.ToBase64String(Encoding.UTF8.GetBytes(body)), IsBase64Encoded = true });

        Assert.Equal(413, plain.StatusCode);
        Assert.Equal(413, signed.StatusCode);
        Assert.Equal(413, base64.StatusCode);
        Assert.Equal(0, Starts);
    }

    [Fact]
    public async Task HandleAsync_BodyOfExactly256KiB_IsNotRefusedForItsSize()
    {
        var body = Padded(WebhookFront.MaxBodyBytes);

        var response = await _world.SendAsync(_world.Signed("POST", "/environments", body));

        Assert.Equal(WebhookFront.MaxBodyBytes, Encoding.UTF8.GetByteCount(body));
        Assert.Equal(202, response.StatusCode);
    }

    [Fact]
    public async Task HandleAsync_Base64Body_VerifiesTheRawBytes()
    {
        var signed = _world.Signed("POST", "/environments", Body);

        var response = await _world.SendAsync(signed with { Body = Convert.ToBase64String(Encoding.UTF8.GetBytes(Body)), IsBase64Encoded = true });

        Assert.Equal(202, response.StatusCode);
    }

    [Fact]
    public async Task HandleAsync_Base64BodyThatIsNotBase64_Answers401()
    {
        var signed = _world.Signed("POST", "/environments", Body);

        var response = await _world.SendAsync(signed with { Body = "%%%not-base64%%%", IsBase64Encoded = true });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(0, Starts);
    }

    [Fact]
    public async Task HandleAsync_AnyRequest_LogsOneLineWithoutSecretSignatureOrBody()
    {
        const string body = """{"name":"dev","owner":"carol-unique-owner@example.com","ticket":{"system":"jira","key":"OPS-1"}}""";
        var post = _world.Signed("POST", "/environments", body);
        var forged = _world.Signed("POST", "/environments", body, secret: "forged-secret-value");

        var started = await _world.SendAsync(post);
        await _world.SendAsync(forged);
        await _world.SendAsync(_world.Signed("GET", "/environments/dev"));
        await _world.SendAsync(_world.Signed("GET", "/nowhere"));

        var log = _world.Log.ToString();
        var lines = log.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(4, lines.Length);
        var executionArn = JsonNode.Parse(started.Body)!["executionArn"]!.GetValue<string>();
        Assert.Contains($"POST /environments -> 202 requestId=req-42 execution={executionArn}", lines[0], StringComparison.Ordinal);
        Assert.Contains("POST /environments -> 401", lines[1], StringComparison.Ordinal);
        Assert.Contains("GET /environments/dev -> 200", lines[2], StringComparison.Ordinal);
        Assert.Contains("GET /nowhere -> 404", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain(WebhookWorld.Secret, log, StringComparison.Ordinal);
        Assert.DoesNotContain("forged-secret-value", log, StringComparison.Ordinal);
        Assert.DoesNotContain(post.Header("x-eksprov-signature")![WebhookSignature.Prefix.Length..], log, StringComparison.Ordinal);
        Assert.DoesNotContain(forged.Header("x-eksprov-signature")![WebhookSignature.Prefix.Length..], log, StringComparison.Ordinal);
        Assert.DoesNotContain("carol-unique-owner", log, StringComparison.Ordinal);
    }

    public void Dispose() => _world.Dispose();

    /// <summary>A valid request padded with spaces to exactly <paramref name="bytes"/> bytes.</summary>
    private static string Padded(int bytes) => Body[..^1] + new string(' ', bytes - Encoding.UTF8.GetByteCount(Body)) + "}";
}
