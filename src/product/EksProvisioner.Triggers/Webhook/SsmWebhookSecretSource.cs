using EksProvisioner.Aws.Ssm;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>Reads the webhook secret from an SSM SecureString parameter (decrypted).</summary>
public sealed class SsmWebhookSecretSource(ISsmClient ssm, string parameterName)
{
    /// <summary>The parameter's decrypted value; errors arrive as the Core taxonomy (the client is made by AwsClientFactory).</summary>
    public async Task<string> ReadAsync(CancellationToken cancellationToken) =>
        await ssm.GetDecryptedParameterAsync(parameterName, cancellationToken) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"SSM parameter {parameterName} has no value; store the webhook secret there.");
}
