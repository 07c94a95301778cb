namespace EksProvisioner.Triggers.Webhook;

/// <summary>The answer to a <see cref="WebhookCall"/>, and the execution it started or found (for the front end's log line).</summary>
public sealed record WebhookAnswer(WebhookResponse Response, string? ExecutionArn);
