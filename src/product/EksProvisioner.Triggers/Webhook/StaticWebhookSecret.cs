namespace EksProvisioner.Triggers.Webhook;

/// <summary>A secret given directly (the local API server, tests); it never changes.</summary>
public sealed class StaticWebhookSecret : IWebhookSecret
{
    private readonly string _secret;

    public StaticWebhookSecret(string secret)
    {
        ArgumentException.ThrowIfNullOrEmpty(secret);
        _secret = secret;
    }

    public ValueTask<string> GetAsync(CancellationToken cancellationToken) => ValueTask.FromResult(_secret);

    public ValueTask<string?> RefreshAfterMismatchAsync(CancellationToken cancellationToken) => ValueTask.FromResult<string?>(null);
}
