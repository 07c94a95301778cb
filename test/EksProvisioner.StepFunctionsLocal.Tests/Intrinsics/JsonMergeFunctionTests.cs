using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class JsonMergeFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_MergesShallowly() =>
        Assert.Equal(
            Normalized("""{"a":{"a3":1,"a4":2},"b":2,"c":3}"""),
            RunJson(
                "States.JsonMerge($.json1, $.json2, false)",
                """{"json1":{"a":{"a1":1,"a2":2},"b":2},"json2":{"a":{"a3":1,"a4":2},"c":3}}"""));

    [Fact]
    public void Invoke_DeepFlagFromPathTrue_Fails() =>
        Assert.Contains(
            "must be false",
            Fails("States.JsonMerge($.a, $.b, $.deep)", """{"a":{},"b":{},"deep":true}""").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Invoke_NotAnObject_Fails() =>
        Assert.Contains(
            "argument 2 must be an object, got an array",
            Fails("States.JsonMerge($.a, $.b, false)", """{"a":{},"b":[]}""").Message,
            StringComparison.Ordinal);

    [Fact]
    public void Invoke_SameObjectTwice_ReturnsACopy() =>
        Assert.Equal(Normalized("""{"x":1}"""), RunJson("States.JsonMerge($.a, $.a, false)", """{"a":{"x":1}}"""));
}
