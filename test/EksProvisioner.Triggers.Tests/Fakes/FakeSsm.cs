using EksProvisioner.Aws.Ssm;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Triggers.Tests.Fakes;

/// <summary>
/// Stands for SSM Parameter Store: <see cref="Parameters"/> holds the decrypted values; a name not there
/// fails as the client factory's client maps SSM's ParameterNotFound.
/// </summary>
internal sealed class FakeSsm : ISsmClient
{
    public Dictionary<string, string?> Parameters { get; } = new(StringComparer.Ordinal);

    public Task<string?> GetDecryptedParameterAsync(string name, CancellationToken cancellationToken = default) =>
        Parameters.TryGetValue(name, out var value)
            ? Task.FromResult(value)
            : throw new AwsResourceNotFoundException($"Parameter {name} not found.") { AwsErrorCode = "ParameterNotFound", Service = "ssm", Operation = "GetParameter" };
}
