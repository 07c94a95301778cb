using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class StringSplitFunctionTests
{
    [Fact]
    public void Invoke_GuideSingleDelimiter_Splits() =>
        Assert.Equal(
            Normalized("""["1","2","3","4","5"]"""),
            RunJson("States.StringSplit($.inputString, $.splitter)", """{"inputString":"1,2,3,4,5","splitter":","}"""));

    [Fact]
    public void Invoke_GuideSeveralDelimiters_SplitsOnEach() =>
        Assert.Equal(
            Normalized("""["This","is","a","test","string"]"""),
            RunJson("States.StringSplit($.inputString, $.splitter)", """{"inputString":"This.is+a,test=string","splitter":".+,="}"""));

    [Fact]
    public void Invoke_AdjacentDelimiters_DropEmptyPieces() =>
        Assert.Equal(Normalized("""["a","b"]"""), RunJson("States.StringSplit(',a,,b,', ',')"));

    [Fact]
    public void Invoke_EmptyDelimiter_KeepsTheStringWhole() =>
        Assert.Equal(Normalized("""["a b"]"""), RunJson("States.StringSplit('a b', '')"));

    [Fact]
    public void Invoke_ArnBySlash_FeedsArrayGetItem() =>
        Assert.Equal("x", Run("States.ArrayGetItem(States.StringSplit('a/b/x', '/'), 2)")?.GetValue<string>());
}
