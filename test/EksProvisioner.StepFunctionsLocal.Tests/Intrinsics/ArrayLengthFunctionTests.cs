using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayLengthFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_CountsNine() =>
        Assert.Equal("9", RunJson("States.ArrayLength($.inputArray)", """{"inputArray":[1,2,3,4,5,6,7,8,9]}"""));

    [Fact]
    public void Invoke_EmptyArray_IsZero() =>
        Assert.Equal("0", RunJson("States.ArrayLength(States.Array())"));

    [Fact]
    public void Invoke_Null_Fails() =>
        Assert.Contains("must be an array, got null", Fails("States.ArrayLength($.a)", """{"a":null}""").Message, StringComparison.Ordinal);
}
