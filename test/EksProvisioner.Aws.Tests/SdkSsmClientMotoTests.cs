using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>The SSM seam made by <see cref="AwsClientFactory.CreateSsm"/>, against moto.</summary>
[Collection(MotoCollection.Name)]
public sealed class SdkSsmClientMotoTests(MotoServer moto) : IDisposable
{
    private readonly AwsClientFactory _factory = TestFactories.Moto(moto);

    public void Dispose() => _factory.Dispose();

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task GetDecryptedParameterAsync_SecureStringOrMissing_AnswersTheDecryptedValueOrNotFound()
    {
        var name = $"/eksprov/test-{Environment.ProcessId}/webhook-secret";
        using (var writer = _factory.CreateSdkSsm())
        {
            await writer.PutParameterAsync(new PutParameterRequest { Name = name, Value = "s3cret-from-ssm", Type = ParameterType.SecureString, Overwrite = true }, Token);
        }

        using var ssm = _factory.CreateSsm();

        var value = await ssm.GetDecryptedParameterAsync(name, Token);
        var missing = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => ssm.GetDecryptedParameterAsync(name + "-missing", Token));

        Assert.Equal("s3cret-from-ssm", value);
        Assert.Equal("ssm", missing.Service);
        Assert.Equal("GetParameter", missing.Operation);
    }
}
