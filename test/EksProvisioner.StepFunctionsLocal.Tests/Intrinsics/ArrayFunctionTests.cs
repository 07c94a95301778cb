using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class ArrayFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_WrapsValue() =>
        Assert.Equal("[123456]", RunJson("States.Array($.Id)", """{"Id":123456}"""));

    [Fact]
    public void Invoke_NoArguments_ReturnsEmptyArray() =>
        Assert.Equal("[]", RunJson("States.Array()"));

    [Fact]
    public void Invoke_MixedArguments_KeepsOrderAndTypes() =>
        Assert.Equal(
            Normalized("""["a",1.5,-2,true,null,{"k":[1]},[3]]"""),
            RunJson("States.Array('a', 1.5, -2, true, null, $.o, States.Array(3))", """{"o":{"k":[1]}}"""));
}
