using EksProvisioner.Triggers.Webhook;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed class CachedWebhookSecretTests
{
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 3, 4, 5, 6, 7, TimeSpan.Zero));
    private readonly FakeSecretSource _source = new("first");

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private CachedWebhookSecret Secret() => new(_source.ReadAsync, _time);

    [Fact]
    public async Task GetAsync_ManyRequestsWithinTheTimeToLive_ReadsTheSourceOnce()
    {
        var secret = Secret();

        for (var i = 0; i < 20; i++)
        {
            Assert.Equal("first", await secret.GetAsync(Ct));
            _time.Advance(TimeSpan.FromSeconds(14));
        }

        Assert.Equal(1, _source.Reads);
    }

    [Fact]
    public async Task GetAsync_AfterTheTimeToLive_ReadsAgainAndAnswersTheNewValue()
    {
        var secret = Secret();
        await secret.GetAsync(Ct);
        _source.Value = "second";
        _time.Advance(CachedWebhookSecret.TimeToLive - TimeSpan.FromSeconds(1));
        Assert.Equal("first", await secret.GetAsync(Ct));

        _time.Advance(TimeSpan.FromSeconds(1));

        Assert.Equal("second", await secret.GetAsync(Ct));
        Assert.Equal(2, _source.Reads);
    }

    [Fact]
    public async Task RefreshAfterMismatchAsync_Rotated_AnswersTheNewSecretOncePerInterval()
    {
        var secret = Secret();
        await secret.GetAsync(Ct);
        _source.Value = "rotated";

        var first = await secret.RefreshAfterMismatchAsync(Ct);
        _time.Advance(CachedWebhookSecret.MismatchRefreshInterval - TimeSpan.FromSeconds(1));
        _source.Value = "rotated-again";
        var tooSoon = await secret.RefreshAfterMismatchAsync(Ct);
        _time.Advance(TimeSpan.FromSeconds(1));
        var later = await secret.RefreshAfterMismatchAsync(Ct);

        Assert.Equal("rotated", first);
        Assert.Null(tooSoon);
        Assert.Equal("rotated-again", later);
        Assert.Equal(3, _source.Reads);
        Assert.Equal("rotated-again", await secret.GetAsync(Ct));
    }

    [Fact]
    public async Task RefreshAfterMismatchAsync_Unchanged_AnswersNull()
    {
        var secret = Secret();
        await secret.GetAsync(Ct);

        Assert.Null(await secret.RefreshAfterMismatchAsync(Ct));
        Assert.Equal(2, _source.Reads);
    }

    [Fact]
    public async Task GetAsync_EmptyValue_Throws()
    {
        _source.Value = "";

        await Assert.ThrowsAsync<InvalidOperationException>(async () => await Secret().GetAsync(Ct));
    }
}
