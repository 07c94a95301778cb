using Amazon.Runtime;
using Amazon.SimpleSystemsManagement;
using Amazon.SimpleSystemsManagement.Model;
using EksProvisioner.Aws;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;
using EksProvisioner.Testing;
using EksProvisioner.Triggers.Tests.Moto;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

/// <summary>The SSM secret source through AwsClientFactory.CreateSsm, against moto.</summary>
[Collection(MotoCollection.Name)]
public sealed class SsmWebhookSecretSourceTests(MotoServer moto)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_SecureStringParameter_AnswersTheDecryptedValueOrNotFound()
    {
        using var factory = new AwsClientFactory(
            TestAws.Options(moto.Endpoint),
            TimeProvider.System,
            Randomizers.Fixed(0));
        using var ssm = factory.CreateSsm();
        var name = $"/eksprov/test-{Environment.ProcessId}/webhook-secret";
        await ssm.PutParameterAsync(new PutParameterRequest { Name = name, Value = "s3cret-from-ssm", Type = ParameterType.SecureString, Overwrite = true }, Ct);

        var value = await new SsmWebhookSecretSource(ssm, name).ReadAsync(Ct);
        var missing = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => new SsmWebhookSecretSource(ssm, name + "-missing").ReadAsync(Ct));

        Assert.Equal("s3cret-from-ssm", value);
        Assert.Equal("ssm", missing.Service);
        Assert.Equal("GetParameter", missing.Operation);
    }
}
