using System.Globalization;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>Checks <see cref="WebhookSignature"/> headers: present, fresh (<see cref="WebhookSignature.Window"/>), matching.</summary>
internal sealed class WebhookAuthenticator(IWebhookSecret secret, TimeProvider timeProvider)
{
    // Unix seconds DateTimeOffset can represent (year 9999).
    private const long MaxUnixSeconds = 253_402_300_799;

    public async Task<SignatureResult> CheckAsync(
        string method, string path, IReadOnlyDictionary<string, string> headers, byte[] body, CancellationToken cancellationToken)
    {
        var timestamp = HeaderLookup.Find(headers, WebhookSignature.TimestampHeader);
        var signature = HeaderLookup.Find(headers, WebhookSignature.SignatureHeader);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return new SignatureResult(SignatureCheck.Missing);
        }

        if (!long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || seconds > MaxUnixSeconds
            || WebhookSignature.Parse(signature) is not { } presented)
        {
            return new SignatureResult(SignatureCheck.Invalid);
        }

        var age = timeProvider.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds);
        if (age.Duration() > WebhookSignature.Window)
        {
            return new SignatureResult(SignatureCheck.Expired);
        }

        var signed = new SignedRequest(timestamp, method, path, body);
        var valid = WebhookSignature.Matches(await secret.GetAsync(cancellationToken), signed, presented)
            || (await secret.RefreshAfterMismatchAsync(cancellationToken) is { } rotated && WebhookSignature.Matches(rotated, signed, presented));
        return valid ? new SignatureResult(SignatureCheck.Valid, presented) : new SignatureResult(SignatureCheck.Invalid);
    }
}
