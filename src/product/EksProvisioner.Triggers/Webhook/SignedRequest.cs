namespace EksProvisioner.Triggers.Webhook;

/// <summary>What a signature covers, as the verifier received it.</summary>
/// <param name="Timestamp">The <see cref="WebhookSignature.TimestampHeader"/> value.</param>
/// <param name="Method">The HTTP method.</param>
/// <param name="Path">The raw request path, such as /environments/dev.</param>
/// <param name="Body">The raw body bytes.</param>
internal sealed record SignedRequest(string Timestamp, string Method, string Path, byte[] Body);
