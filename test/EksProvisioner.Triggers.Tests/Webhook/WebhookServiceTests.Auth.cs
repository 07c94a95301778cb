using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed partial class WebhookServiceTests
{
    [Fact]
    public async Task HandleAsync_BodyTheFrontEndCouldNotDecode_Answers401()
    {
        var signed = _bed.Signed(WebhookAction.Provision, body: WebhookBed.Body());

        var response = await _bed.SendAsync(signed with { Body = null });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(0, _bed.Starts);
    }

    [Theory]
    [InlineData(true, false)]
    [InlineData(false, true)]
    [InlineData(false, false)]
    public async Task HandleAsync_SignatureHeaderMissing_Answers401Missing(bool withTimestamp, bool withSignature)
    {
        var signed = _bed.Signed(WebhookAction.Provision, body: WebhookBed.Body());
        var headers = signed.Headers.Where(h => (withTimestamp || h.Key != "x-eksprov-timestamp") && (withSignature || h.Key != "x-eksprov-signature"))
            .ToDictionary(h => h.Key, h => h.Value);

        var response = await _bed.SendAsync(signed with { Headers = headers });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("signature missing", response.Text("message"));
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_SignedWithAnotherSecret_Answers401Invalid()
    {
        var response = await _bed.SendAsync(_bed.Signed(WebhookAction.Provision, body: WebhookBed.Body(), secret: "guessed"));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("signature invalid", response.Text("message"));
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_SignatureOverAnotherBody_Answers401Invalid()
    {
        var response = await _bed.SendAsync(_bed.Signed(WebhookAction.Provision, body: WebhookBed.Body("prod"), signedBody: WebhookBed.Body("dev")));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal(0, _bed.Starts);
    }

    [Theory]
    [InlineData("x-eksprov-signature", "sha256=zz")]
    [InlineData("x-eksprov-signature", "md5=0123")]
    [InlineData("x-eksprov-timestamp", "yesterday")]
    [InlineData("x-eksprov-timestamp", "-5")]
    public async Task HandleAsync_MalformedHeader_Answers401Invalid(string header, string value)
    {
        var signed = _bed.Signed(WebhookAction.Provision, body: WebhookBed.Body());
        var headers = new Dictionary<string, string>(signed.Headers) { [header] = value };

        var response = await _bed.SendAsync(signed with { Headers = headers });

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("signature invalid", response.Text("message"));
    }

    [Theory]
    [InlineData(-301)]
    [InlineData(301)]
    public async Task HandleAsync_TimestampOutsideTheWindow_Answers401Expired(int offsetSeconds)
    {
        var at = _bed.World.Clock.GetUtcNow().AddSeconds(offsetSeconds);

        var response = await _bed.SendAsync(_bed.Signed(WebhookAction.Provision, body: WebhookBed.Body(), at: at));

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("signature expired", response.Text("message"));
        Assert.Equal(0, _bed.Starts);
    }

    [Theory]
    [InlineData(-300)]
    [InlineData(300)]
    public async Task HandleAsync_TimestampAtTheWindowEdge_IsAccepted(int offsetSeconds)
    {
        var at = _bed.World.Clock.GetUtcNow().AddSeconds(offsetSeconds);

        var response = await _bed.SendAsync(_bed.Signed(WebhookAction.Provision, body: WebhookBed.Body(), at: at));

        Assert.Equal(202, response.StatusCode);
    }

    [Theory]
    [InlineData(WebhookAction.Describe)]
    [InlineData(WebhookAction.Provision)]
    public async Task HandleAsync_SignedRequestReplayedAsDelete_Answers401AndStartsNothing(WebhookAction captured)
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());
        var signed = _bed.Signed(captured, captured == WebhookAction.Describe ? "dev" : null, captured == WebhookAction.Provision ? WebhookBed.Body() : "");

        var replayed = signed with { Action = WebhookAction.Teardown, Environment = "dev", Method = "DELETE", Path = "/environments/dev" };
        var response = await _bed.SendAsync(replayed);

        Assert.Equal(401, response.StatusCode);
        Assert.Equal("signature invalid", response.Text("message"));
        Assert.Equal(1, _bed.Starts);
    }
}
