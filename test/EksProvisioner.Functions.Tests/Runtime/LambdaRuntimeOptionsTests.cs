using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class LambdaRuntimeOptionsTests
{
    [Theory]
    [InlineData("snap-start", true)]
    [InlineData("on-demand", false)]
    [InlineData("provisioned-concurrency", false)]
    [InlineData(null, false)]
    public void FromEnvironment_LambdaVariables_AreRead(string? initializationType, bool snapStart)
    {
        var variables = new Dictionary<string, string?>
        {
            ["AWS_LAMBDA_RUNTIME_API"] = "127.0.0.1:9001",
            ["EKSPROV_STAGE"] = "create-cluster",
            ["AWS_LAMBDA_INITIALIZATION_TYPE"] = initializationType,
        };

        var options = LambdaRuntimeOptions.FromEnvironment(name => variables.GetValueOrDefault(name), TimeProvider.System);

        Assert.NotNull(options);
        Assert.Equal("127.0.0.1:9001", options.RuntimeApi);
        Assert.Equal("create-cluster", options.Stage);
        Assert.Equal(snapStart, options.SnapStart);
    }

    [Fact]
    public void FromEnvironment_NoRuntimeApi_ReturnsNull() =>
        Assert.Null(LambdaRuntimeOptions.FromEnvironment(_ => null, TimeProvider.System));
}
