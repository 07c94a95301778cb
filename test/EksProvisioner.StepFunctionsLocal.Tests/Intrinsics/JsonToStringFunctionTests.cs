using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class JsonToStringFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_WritesCompactJson() =>
        Assert.Equal(
            """{"foo":"bar"}""",
            Run("States.JsonToString($.unescapedJson)", """{"unescapedJson":{"foo":"bar"}}""")?.GetValue<string>());

    [Fact]
    public void Invoke_Characters_AreNotHtmlEscaped() =>
        Assert.Equal(
            """{"a":"<b>&'é"}""",
            Run("States.JsonToString($.o)", """{"o":{"a":"<b>&'é"}}""")?.GetValue<string>());

    [Theory]
    [InlineData("""{"v":[1,2]}""", "[1,2]")]
    [InlineData("""{"v":"s"}""", "\"s\"")]
    [InlineData("""{"v":null}""", "null")]
    public void Invoke_AnyValue_WritesItsJson(string input, string expected) =>
        Assert.Equal(expected, Run("States.JsonToString($.v)", input)?.GetValue<string>());

    [Fact]
    public void Invoke_RoundTripWithStringToJson_GivesTheValueBack()
    {
        var input = """{"v":{"a":[1,{"b":null}],"c":"d"}}""";

        Assert.Equal(Normalized(input.Substring(5, input.Length - 6)), RunJson("States.StringToJson(States.JsonToString($.v))", input));
    }
}
