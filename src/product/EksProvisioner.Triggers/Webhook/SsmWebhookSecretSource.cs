using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>Reads the webhook secret from an SSM SecureString parameter (decrypted).</summary>
public sealed class SsmWebhookSecretSource(IAmazonSimpleSystemsManagement ssm, string parameterName)
{
    /// <summary>The parameter's decrypted value; errors arrive as the Core taxonomy (the client is made by AwsClientFactory).</summary>
    public async Task<string> ReadAsync(CancellationToken cancellationToken)
    {
        var response = await ssm.GetParameterAsync(new GetParameterRequest { Name = parameterName, WithDecryption = true }, cancellationToken);
        return response.Parameter?.Value is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException($"SSM parameter {parameterName} has no value; store the webhook secret there.");
    }
}
