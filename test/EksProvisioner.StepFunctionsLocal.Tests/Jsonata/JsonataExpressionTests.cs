using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Jsonata;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.StepFunctionsLocal.Tests.Jsonata;

/// <summary>The public entry point: parse errors with code and position, bindings, and the injected clock.</summary>
public sealed class JsonataExpressionTests
{
    [Theory]
    [InlineData("1 +", "S0207")]
    [InlineData("(1", "S0203")]
    [InlineData("\"open", "S0101")]
    [InlineData("a.1", "S0213")]
    [InlineData("5 := 3", "S0212")]
    [InlineData("1 ! 2", "S0204")]
    public void Parse_InvalidExpression_ThrowsReferenceErrorCode(string text, string code)
    {
        var error = Assert.Throws<JsonataException>(() => JsonataExpression.Parse(text));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Parse_UnexpectedToken_ReportsItsPosition()
    {
        var error = Assert.Throws<JsonataException>(() => JsonataExpression.Parse("(1 2)"));

        Assert.Equal(("S0202", 3), (error.Code, error.Position));
    }

    [Fact]
    public void Evaluate_Bindings_AreVariables()
    {
        var bindings = new Dictionary<string, JsonNode?> { ["limit"] = 3, ["name"] = "x" };

        var result = JsonataExpression.Parse("$name & ($limit + a)").Evaluate(JsonNode.Parse("""{"a": 2}"""), bindings);

        Assert.Equal("x5", result!.GetValue<string>());
    }

    [Fact]
    public void Evaluate_NowAndMillis_ReadTheInjectedClockOnce()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 12, 5, 21, 3, 1, 123, TimeSpan.Zero));

        var result = JsonataExpression.Parse("[$now(), $millis(), $now() = $fromMillis($millis())]").Evaluate(null, time: time);

        Assert.Equal("""["2026-12-05T21:03:01.123Z",1796504581123,true]""", result!.ToJsonString());
    }

    [Fact]
    public void EvaluateValue_UndefinedAndNull_AreTold()
    {
        var expression = JsonataExpression.Parse("a");

        Assert.False(expression.EvaluateValue(JsonNode.Parse("{}")).IsDefined);
        Assert.True(expression.EvaluateValue(JsonNode.Parse("""{"a": null}""")).IsDefined);
    }

    [Fact]
    public void Evaluate_RunawayRecursion_FailsWithoutCrashing()
    {
        var expression = JsonataExpression.Parse("($f := function($n){ 1 + $f($n + 1) }; $f(0))");

        Assert.Throws<JsonataException>(() => expression.Evaluate(null));
    }
}
