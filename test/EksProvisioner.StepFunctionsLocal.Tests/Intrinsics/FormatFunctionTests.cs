using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class FormatFunctionTests
{
    private const string GuideInput = """{"name":"Arnav","template":"Hello, my name is {}."}""";

    [Theory]
    [InlineData("States.Format('Hello, my name is {}.', $.name)")]
    [InlineData("States.Format($.template, $.name)")]
    public void Invoke_GuideExample_FillsPlaceholder(string expression) =>
        Assert.Equal("Hello, my name is Arnav.", Run(expression, GuideInput)?.GetValue<string>());

    [Fact]
    public void Invoke_EscapedReservedCharacters_AreLiteralText() =>
        Assert.Equal(
            @"It's {} \ Arnav",
            Run(@"States.Format('It\'s \{\} \\ {}', $.name)", GuideInput)?.GetValue<string>());

    [Fact]
    public void Invoke_NoPlaceholders_ReturnsTemplate() =>
        Assert.Equal("plain", Run("States.Format('plain')")?.GetValue<string>());

    [Fact]
    public void Invoke_ValuesOfEveryType_RenderAsTheServiceDoes()
    {
        var input = """{"s":"x","n":1.5,"i":42,"b":true,"z":null,"a":[1,"y"],"o":{"k":1,"l":[]}}""";

        var result = Run("States.Format('{}|{}|{}|{}|{}|{}|{}', $.s, $.n, $.i, $.b, $.z, $.a, $.o)", input);

        Assert.Equal("x|1.5|42|true|null|[1, y]|{k=1, l=[]}", result?.GetValue<string>());
    }

    [Fact]
    public void Invoke_TemplateFromPathWithWrongPlaceholderCount_Fails()
    {
        var error = Fails("States.Format($.template, $.name, $.name)", GuideInput);

        Assert.Contains("1 '{}' placeholder(s) but 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Invoke_TemplateFromPathThatIsNotString_Fails() =>
        Assert.Contains("must be a string", Fails("States.Format($.t)", """{"t":5}""").Message, StringComparison.Ordinal);

    [Fact]
    public void Invoke_NestedCallAsValue_IsRendered() =>
        Assert.Equal("sum=3", Run("States.Format('sum={}', States.MathAdd(1, 2))")?.GetValue<string>());
}
