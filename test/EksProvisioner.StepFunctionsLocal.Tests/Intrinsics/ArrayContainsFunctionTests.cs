using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayContainsFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_FindsValue() =>
        Assert.Equal(
            "true",
            RunJson("States.ArrayContains($.inputArray, $.lookingFor)", """{"inputArray":[1,2,3,4,5,6,7,8,9],"lookingFor":5}"""));

    [Theory]
    [InlineData("10", "false")]
    [InlineData("'5'", "false")]
    [InlineData("null", "true")]
    [InlineData("$.o", "true")]
    public void Invoke_Values_ComparedAsJson(string wanted, string expected) =>
        Assert.Equal(expected, RunJson($"States.ArrayContains($.a, {wanted})", """{"a":[5,null,{"k":[1,2]}],"o":{"k":[1,2]}}"""));

    [Fact]
    public void Invoke_NotAnArray_Fails() =>
        Assert.Contains("must be an array", Fails("States.ArrayContains($.o, 1)", """{"o":{}}""").Message, StringComparison.Ordinal);
}
