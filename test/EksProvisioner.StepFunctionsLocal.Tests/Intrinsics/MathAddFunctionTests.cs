using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class MathAddFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_SubtractsOne() =>
        Assert.Equal("110", RunJson("States.MathAdd($.value1, $.step)", """{"value1":111,"step":-1}"""));

    [Theory]
    [InlineData("1.2, -2.5", "-1")]
    [InlineData("2.5, 0", "3")]
    [InlineData("-2.5, 0", "-2")]
    [InlineData("2147483647, 1", "2147483648")]
    [InlineData("-2147483648, -1", "-2147483649")]
    public void Invoke_Arguments_AreRoundedHalfUpThenAdded(string arguments, string expected) =>
        Assert.Equal(expected, RunJson($"States.MathAdd({arguments})"));

    [Theory]
    [InlineData("2147483648, 0")]
    [InlineData("0, -2147483649")]
    public void Invoke_OutsideInt32_Fails(string arguments) =>
        Assert.Contains("outside the range", Fails($"States.MathAdd({arguments})").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_StringNumber_Fails() =>
        Assert.Contains("argument 1 must be a number, got a string", Fails("States.MathAdd($.v, 1)", """{"v":"1"}""").Message, StringComparison.Ordinal);
}
