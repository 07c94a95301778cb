namespace EksProvisioner.Triggers.Webhook;

/// <summary>An answer of the environments API: a status code, headers and a JSON body.</summary>
public sealed record WebhookResponse(int StatusCode, IReadOnlyDictionary<string, string> Headers, string Body);
