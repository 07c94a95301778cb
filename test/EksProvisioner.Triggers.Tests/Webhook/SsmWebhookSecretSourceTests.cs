using EksProvisioner.Core.Errors;
using EksProvisioner.Triggers.Tests.Fakes;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

/// <summary>The SSM secret source over the SSM seam (the seam itself is tested against moto in the Aws tests).</summary>
public sealed class SsmWebhookSecretSourceTests
{
    private const string Name = "/eksprov/webhook-secret";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task ReadAsync_ParameterWithValue_AnswersTheValue()
    {
        var ssm = new FakeSsm { Parameters = { [Name] = "s3cret-from-ssm" } };

        var value = await new SsmWebhookSecretSource(ssm, Name).ReadAsync(Ct);

        Assert.Equal("s3cret-from-ssm", value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    public async Task ReadAsync_ParameterWithoutValue_ThrowsNamingTheParameter(string? stored)
    {
        var ssm = new FakeSsm { Parameters = { [Name] = stored } };

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => new SsmWebhookSecretSource(ssm, Name).ReadAsync(Ct));

        Assert.Contains(Name, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReadAsync_MissingParameter_LetsTheNotFoundErrorThrough()
    {
        var ssm = new FakeSsm();

        var error = await Assert.ThrowsAsync<AwsResourceNotFoundException>(() => new SsmWebhookSecretSource(ssm, Name).ReadAsync(Ct));

        Assert.Equal("GetParameter", error.Operation);
    }
}
