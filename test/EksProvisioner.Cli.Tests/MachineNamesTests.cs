using EksProvisioner.Cli.Backends;

namespace EksProvisioner.Cli.Tests;

public sealed class MachineNamesTests
{
    [Theory]
    [InlineData("prod-provision-environment", "prod-provision-environment", "prod-teardown-environment")]
    [InlineData("prod-teardown-environment", "prod-provision-environment", "prod-teardown-environment")]
    [InlineData(
        "arn:aws:states:eu-west-1:111122223333:stateMachine:x-teardown-environment",
        "arn:aws:states:eu-west-1:111122223333:stateMachine:x-provision-environment",
        "arn:aws:states:eu-west-1:111122223333:stateMachine:x-teardown-environment")]
    public void Pair_NameOrArnByTheRule_DerivesTheSibling(string given, string provision, string teardown)
    {
        Assert.Equal((provision, teardown), MachineNames.Pair(given));
    }

    [Fact]
    public void Pair_NameOutsideTheRule_IsNull()
    {
        Assert.Null(MachineNames.Pair("my-machine"));
    }

    [Fact]
    public void ProvisionAndTeardown_OfTheDefaultStack_AreTheLocalAccountsMachineNames()
    {
        Assert.Equal("eksprov-provision-environment", MachineNames.Provision(MachineNames.DefaultStack));
        Assert.Equal("eksprov-teardown-environment", MachineNames.Teardown(MachineNames.DefaultStack));
    }
}
