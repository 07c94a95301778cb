using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;

namespace EksProvisioner.Aws.Ssm;

/// <summary><see cref="ISsmClient"/> over AWSSDK's client (from <see cref="AwsClientFactory.CreateSsm"/>), which it owns.</summary>
public sealed class SdkSsmClient(IAmazonSimpleSystemsManagement ssm) : ISsmClient, IDisposable
{
    public async Task<string?> GetDecryptedParameterAsync(string name, CancellationToken cancellationToken = default)
    {
        var response = await ssm.GetParameterAsync(new GetParameterRequest { Name = name, WithDecryption = true }, cancellationToken);
        return response.Parameter?.Value;
    }

    public void Dispose() => ssm.Dispose();
}
