using System.Text;
using EksProvisioner.Triggers.Webhook;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed class WebhookAuthenticatorTests
{
    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"name":"dev"}""");
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));
    private readonly FakeSecretSource _source = new("old-secret");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task CheckAsync_SecretRotated_AcceptsTheNewSecretAfterOneReread()
    {
        var authenticator = new WebhookAuthenticator(new CachedWebhookSecret(_source.ReadAsync, _time), _time);
        Assert.Equal(SignatureCheck.Valid, await Check(authenticator, Request("old-secret")));
        _source.Value = "new-secret";

        var check = await Check(authenticator, Request("new-secret"));

        Assert.Equal(SignatureCheck.Valid, check);
        Assert.Equal(2, _source.Reads);
        Assert.Equal(SignatureCheck.Invalid, await Check(authenticator, Request("old-secret")));
    }

    [Fact]
    public async Task CheckAsync_ForgedRequestsWithinAMinute_RereadTheSecretOnce()
    {
        var authenticator = new WebhookAuthenticator(new CachedWebhookSecret(_source.ReadAsync, _time), _time);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(SignatureCheck.Invalid, await Check(authenticator, Request("guess-" + i)));
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(2, _source.Reads);
    }

    [Fact]
    public async Task CheckAsync_ExpiredTimestamp_DoesNotReadTheSecret()
    {
        var authenticator = new WebhookAuthenticator(new CachedWebhookSecret(_source.ReadAsync, _time), _time);

        var check = await Check(authenticator, Request("old-secret", _time.GetUtcNow().AddMinutes(-6)));

        Assert.Equal(SignatureCheck.Expired, check);
        Assert.Equal(0, _source.Reads);
    }

    private static async Task<SignatureCheck> Check(WebhookAuthenticator authenticator, IReadOnlyDictionary<string, string> headers) =>
        (await authenticator.CheckAsync("POST", "/environments", headers, Body, Ct)).Check;

    private IReadOnlyDictionary<string, string> Request(string secret, DateTimeOffset? at = null) =>
        WebhookSignature.Headers(secret, at ?? _time.GetUtcNow(), "POST", "/environments", Body);
}
