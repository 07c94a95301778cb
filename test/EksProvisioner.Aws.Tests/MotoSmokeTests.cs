using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

public sealed class MotoSmokeTests(MotoServer moto) : IClassFixture<MotoServer>
{
    [Fact]
    public async Task MotoServer_Started_AnswersResetAsync()
    {
        await moto.ResetAsync();
        Assert.Equal("127.0.0.1", moto.Endpoint.Host);
    }
}
