using System.Text.Json.Nodes;
using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayRangeFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_StepsByTwo() =>
        Assert.Equal("[1,3,5,7,9]", RunJson("States.ArrayRange(1, 9, 2)"));

    [Theory]
    [InlineData("1, 10, 2", "[1,3,5,7,9]")]
    [InlineData("5, 5, 1", "[5]")]
    [InlineData("5, 1, -2", "[5,3,1]")]
    [InlineData("5, 1, 1", "[]")]
    [InlineData("0.6, 2.5, 1.4", "[1,2,3]")]
    [InlineData("-3, -1, 1", "[-3,-2,-1]")]
    public void Invoke_Ranges_IncludeLastWhenReached(string arguments, string expected) =>
        Assert.Equal(expected, RunJson($"States.ArrayRange({arguments})"));

    [Fact]
    public void Invoke_ThousandItems_IsAllowed() =>
        Assert.Equal(1000, Run("States.ArrayRange(1, 1000, 1)")!.AsArray().Count);

    [Fact]
    public void Invoke_ThousandAndOneItems_Fails() =>
        Assert.Contains("1001 items", Fails("States.ArrayRange(0, 1000, 1)").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_ZeroStepFromPath_Fails() =>
        Assert.Contains("must not be zero", Fails("States.ArrayRange(1, 2, $.s)", """{"s":0}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_NotANumber_Fails() =>
        Assert.Contains("argument 2 must be a number", Fails("States.ArrayRange(1, $.s, 1)", """{"s":"9"}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_Result_HoldsIntegers() =>
        Assert.All(Run("States.ArrayRange(1, 3, 1)")!.AsArray(), item => Assert.Equal(System.Text.Json.JsonValueKind.Number, item!.GetValueKind()));
}
