namespace EksProvisioner.StepFunctionsLocal.Tests;

public sealed class StatesErrorsTests
{
    /// <summary>AWS: "A States.Runtime error isn't retriable, and will always cause the execution to fail."</summary>
    [Theory]
    [InlineData(StatesErrors.Runtime)]
    [InlineData(StatesErrors.All)]
    [InlineData(StatesErrors.TaskFailed)]
    public void Matches_RuntimeError_NeverMatched(string errorEquals) =>
        Assert.False(StatesErrors.Matches([errorEquals], StatesErrors.Runtime));

    [Fact]
    public void Matches_DataLimitExceededByName_Matched() =>
        Assert.True(StatesErrors.Matches([StatesErrors.DataLimitExceeded], StatesErrors.DataLimitExceeded));

    [Fact]
    public void Matches_DataLimitExceededByAll_NotMatched() =>
        Assert.False(StatesErrors.Matches([StatesErrors.All], StatesErrors.DataLimitExceeded));
}
