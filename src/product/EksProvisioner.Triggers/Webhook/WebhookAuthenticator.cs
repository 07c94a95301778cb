using System.Globalization;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>Checks <see cref="WebhookSignature"/> headers: present, fresh (<see cref="WebhookSignature.Window"/>), matching.</summary>
internal sealed class WebhookAuthenticator(IWebhookSecret secret, TimeProvider timeProvider)
{
    // Unix seconds DateTimeOffset can represent (year 9999).
    private const long MaxUnixSeconds = 253_402_300_799;

    public async Task<SignatureCheck> CheckAsync(IReadOnlyDictionary<string, string> headers, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = HeaderLookup.Find(headers, WebhookSignature.TimestampHeader);
        var signature = HeaderLookup.Find(headers, WebhookSignature.SignatureHeader);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SignatureCheck.Missing;
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds
            || WebhookSignature.Parse(signature) is not { } presented)
        {
            return SignatureCheck.Invalid;
        }

        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > WebhookSignature.Window)
        {
            return SignatureCheck.Expired;
        }

        if (WebhookSignature.Matches(await secret.GetAsync(cancellationToken), timestamp, body, presented))
        {
            return SignatureCheck.Valid;
        }

        return await secret.RefreshAfterMismatchAsync(cancellationToken) is { } rotated
            && WebhookSignature.Matches(rotated, timestamp, body, presented)
            ? SignatureCheck.Valid
            : SignatureCheck.Invalid;
    }
}
