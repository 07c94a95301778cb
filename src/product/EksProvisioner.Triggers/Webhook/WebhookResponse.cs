namespace EksProvisioner.Triggers.Webhook;

/// <summary>The answer to a <see cref="WebhookRequest"/>: a status code, headers and a JSON body.</summary>
public sealed record WebhookResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body);
