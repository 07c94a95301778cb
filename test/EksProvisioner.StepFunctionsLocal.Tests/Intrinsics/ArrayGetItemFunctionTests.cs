using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayGetItemFunctionTests
{
    private const string GuideInput = """{"inputArray":[1,2,3,4,5,6,7,8,9],"index":5}""";

    [Fact]
    public void Invoke_GuideExample_ReturnsSixthItem() =>
        Assert.Equal("6", RunJson("States.ArrayGetItem($.inputArray, $.index)", GuideInput));

    [Theory]
    [InlineData("0", "1")]
    [InlineData("8", "9")]
    public void Invoke_Bounds_ReturnItems(string index, string expected) =>
        Assert.Equal(expected, RunJson($"States.ArrayGetItem($.inputArray, {index})", GuideInput));

    [Theory]
    [InlineData("9")]
    [InlineData("-1")]
    public void Invoke_IndexOutsideArray_Fails(string index) =>
        Assert.Contains("out of range for an array of 9", Fails($"States.ArrayGetItem($.inputArray, {index})", GuideInput).Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_FractionalIndex_Fails() =>
        Assert.Contains("must be an integer", Fails("States.ArrayGetItem($.inputArray, 1.5)", GuideInput).Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_ObjectItem_IsReturnedWhole() =>
        Assert.Equal(Normalized("""{"k":[1]}"""), RunJson("States.ArrayGetItem($.a, 1)", """{"a":[0,{"k":[1]}]}"""));
}
