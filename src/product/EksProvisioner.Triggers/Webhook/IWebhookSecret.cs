namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// The shared secret webhook requests are signed with. In Lambda it comes from an SSM SecureString
/// parameter (<see cref="CachedWebhookSecret"/>); tests and <c>eksprov api --local</c> pass it directly
/// (<see cref="StaticWebhookSecret"/>).
/// </summary>
public interface IWebhookSecret
{
    /// <summary>The current secret.</summary>
    ValueTask<string> GetAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Called after a signature did not match: re-reads the secret when that is allowed now (a rotated
    /// secret is picked up at once) and answers it when it changed; null otherwise.
    /// </summary>
    ValueTask<string?> RefreshAfterMismatchAsync(CancellationToken cancellationToken);
}
