namespace EksProvisioner.Aws.Ssm;

/// <summary>
/// The SSM Parameter Store reads we make (the webhook secret), a narrow seam over AWSSDK's
/// <see cref="Amazon.SimpleSystemsManagement.IAmazonSimpleSystemsManagement"/> so that tests can fake
/// it. Errors surface as the Core error taxonomy (a missing parameter is <c>AwsResourceNotFoundException</c>).
/// </summary>
public interface ISsmClient
{
    /// <summary>SSM GetParameter with decryption: the parameter's value, or null when it has none.</summary>
    Task<string?> GetDecryptedParameterAsync(string name, CancellationToken cancellationToken = default);
}
