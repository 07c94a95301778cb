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
        Assert.Equal(SignatureCheck.Valid, await authenticator.CheckAsync(Request("old-secret"), Body, Ct));
        _source.Value = "new-secret";

        var check = await authenticator.CheckAsync(Request("new-secret"), Body, Ct);

        Assert.Equal(SignatureCheck.Valid, check);
        Assert.Equal(2, _source.Reads);
        Assert.Equal(SignatureCheck.Invalid, await authenticator.CheckAsync(Request("old-secret"), Body, Ct));
    }

    [Fact]
    public async Task CheckAsync_ForgedRequestsWithinAMinute_RereadTheSecretOnce()
    {
        var authenticator = new WebhookAuthenticator(new CachedWebhookSecret(_source.ReadAsync, _time), _time);

        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(SignatureCheck.Invalid, await authenticator.CheckAsync(Request("guess-" + i), Body, Ct));
            _time.Advance(TimeSpan.FromSeconds(5));
        }

        Assert.Equal(2, _source.Reads);
    }

    [Fact]
    public async Task CheckAsync_ExpiredTimestamp_DoesNotReadTheSecret()
    {
        var authenticator = new WebhookAuthenticator(new CachedWebhookSecret(_source.ReadAsync, _time), _time);

        var check = await authenticator.CheckAsync(Request("old-secret", _time.GetUtcNow().AddMinutes(-6)), Body, Ct);

        Assert.Equal(SignatureCheck.Expired, check);
        Assert.Equal(0, _source.Reads);
    }

    private Dictionary<string, string> Request(string secret, DateTimeOffset? at = null)
    {
        var timestamp = WebhookSignature.Timestamp(at ?? _time.GetUtcNow());
        return new Dictionary<string, string>
        {
            ["X-Eksprov-Timestamp"] = timestamp,
            ["X-Eksprov-Signature"] = WebhookSignature.Sign(secret, timestamp, Body),
        };
    }
}
