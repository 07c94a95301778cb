using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class StringToJsonFunctionTests
{
    [Fact]
    public void Invoke_GuideExample_ParsesEscapedJson() =>
        Assert.Equal(
            Normalized("""{"foo":"bar"}"""),
            RunJson("States.StringToJson($.escapedJsonString)", """{"escapedJsonString":"{\"foo\": \"bar\"}"}"""));

    [Theory]
    [InlineData("[1,2]", "[1,2]")]
    [InlineData("42", "42")]
    [InlineData("\\\"s\\\"", "\"s\"")]
    public void Invoke_AnyJsonText_ParsesIt(string text, string expected) =>
        Assert.Equal(Normalized(expected), RunJson("States.StringToJson($.s)", $$"""{"s":"{{text}}"}"""));

    [Fact]
    public void Invoke_BlankString_ReturnsNull() =>
        Assert.Null(Run("States.StringToJson($.s)", """{"s":"  "}"""));

    [Fact]
    public void Invoke_NotJson_Fails() =>
        Assert.Contains("not valid JSON", Fails("States.StringToJson($.s)", """{"s":"{oops"}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_NotString_Fails() =>
        Assert.Contains("must be a string", Fails("States.StringToJson($.s)", """{"s":{}}""").Message, StringComparison.Ordinal);
}
