using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics;
using EksProvisioner.StepFunctionsLocal.Paths;
using static EksProvisioner.StepFunctionsLocal.Tests.Intrinsics.IntrinsicHarness;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

public sealed class IntrinsicExpressionTests
{
    // The developer guide's example of nine nested calls in one field. The guide prints the template as
    // '{}.{}.{}' with two values, which its own States.Format rule ("as many remaining arguments ... as
    // there are occurrences of {}") forbids; see Validate_DocumentedExampleAsPrinted_ReportsPlaceholderMismatch.
    private const string NineNested =
        "States.Format('{}.{}', States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 0), States.ArrayGetItem(States.StringSplit(States.ArrayGetItem(States.StringSplit($.ImageRecipe.Arn, '/'), 2), '.'), 1))";

    [Theory]
    [InlineData("States.Array($.Id)", true)]
    [InlineData("States.UUID()", true)]
    [InlineData("$.Id", false)]
    [InlineData("States.Format", false)]
    public void IsIntrinsic_Text_RecognisesCalls(string text, bool expected) =>
        Assert.Equal(expected, IntrinsicExpression.IsIntrinsic(text));

    [Fact]
    public void Validate_DocumentedNineNestedCalls_HasNoProblems() =>
        Assert.Empty(IntrinsicExpression.Validate(NineNested));

    [Fact]
    public void Evaluate_DocumentedNineNestedCalls_TakesVersionFromArn()
    {
        var input = """{"ImageRecipe":{"Arn":"arn:aws:imagebuilder:us-east-1:123456789012:image-recipe/recipe/1.2.3"}}""";

        var result = Run(NineNested, input);

        Assert.Equal("1.2", result?.GetValue<string>());
    }

    [Fact]
    public void Validate_DocumentedExampleAsPrinted_ReportsPlaceholderMismatch()
    {
        var asPrinted = NineNested.Replace("'{}.{}'", "'{}.{}.{}'", StringComparison.Ordinal);

        var problem = Assert.Single(IntrinsicExpression.Validate(asPrinted));
        Assert.Contains("3 '{}' placeholder(s) but 2", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_EleventhCall_ExceedsNestingLimit()
    {
        var expression = "States.UUID()";
        for (var i = 0; i < 10; i++)
        {
            expression = $"States.Array({expression})";
        }

        var problem = Assert.Single(IntrinsicExpression.Validate(expression));
        Assert.Contains("11", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_TenCalls_IsAllowed()
    {
        var expression = "States.UUID()";
        for (var i = 0; i < 9; i++)
        {
            expression = $"States.Array({expression})";
        }

        Assert.Empty(IntrinsicExpression.Validate(expression));
    }

    [Theory]
    [InlineData("States.Frobnicate($.a)", "Unknown intrinsic function 'States.Frobnicate'")]
    [InlineData("Foo.Array($.a)", "Unknown intrinsic function 'Foo.Array'")]
    [InlineData("States.ArrayLength($.a, $.b)", "takes 1 argument(s), got 2")]
    [InlineData("States.Format()", "takes at least 1 argument(s), got 0")]
    [InlineData("States.MathRandom(1)", "takes 2 to 3 argument(s), got 1")]
    [InlineData("States.UUID(1)", "takes 0 argument(s), got 1")]
    [InlineData("States.Array('abc", "Unterminated string literal")]
    [InlineData(@"States.Format('a\nb')", @"Invalid escape '\n'")]
    [InlineData("States.Array($.a", "unbalanced parentheses")]
    [InlineData("States.Array($.a))", "unbalanced parentheses")]
    [InlineData("States.Array(01)", "Invalid number literal '01'")]
    [InlineData("States.Array(1.)", "Invalid number literal '1.'")]
    [InlineData("States.Array(1,)", "Expected an argument")]
    [InlineData("States.Array(abc)", "Expected '('")]
    [InlineData("States.Array($.a[0)", "Unbalanced brackets")]
    [InlineData("States.Array(#)", "Unexpected character '#'")]
    [InlineData("States.Format('{} and {}', $.a)", "2 '{}' placeholder(s) but 1 value argument(s)")]
    [InlineData("States.Format(1, $.a)", "argument 1 must be a string")]
    [InlineData("States.Hash($.a, 'SHA1')", "unknown algorithm 'SHA1'")]
    [InlineData("States.JsonMerge($.a, $.b, true)", "argument 3 must be false")]
    [InlineData("States.ArrayRange(1, 9, 0)", "must not be zero")]
    [InlineData("States.ArrayLength('abc')", "argument 1 must be an array")]
    [InlineData("States.MathAdd('1', 2)", "argument 1 must be a number")]
    public void Validate_InvalidExpression_ReportsProblem(string text, string expected)
    {
        var problems = IntrinsicExpression.Validate(text);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_SeveralProblems_ReportsEveryOne()
    {
        var problems = IntrinsicExpression.Validate("States.Format('{}', States.Nope(1), States.MathAdd(1), States.Hash($.a, 'CRC'))");

        Assert.Equal(4, problems.Count);
    }

    [Fact]
    public void Parse_InvalidExpression_ThrowsFormatExceptionListingProblems()
    {
        var error = Assert.Throws<FormatException>(() => IntrinsicExpression.Parse("States.Nope(States.MathAdd(1))"));

        Assert.Contains("States.Nope", error.Message, StringComparison.Ordinal);
        Assert.Contains("States.MathAdd", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_ValidExpression_KeepsTextAndFunctionName()
    {
        var expression = IntrinsicExpression.Parse("States.MathAdd($.a, 1)");

        Assert.Equal("States.MathAdd($.a, 1)", expression.Text);
        Assert.Equal("States.MathAdd", expression.FunctionName);
    }

    [Fact]
    public void Evaluate_ContextObjectAndVariablePaths_AreResolved()
    {
        var result = Run(
            "States.Format('{}/{}/{}', $$.Execution.Name, $counter, $config.region)",
            contextObject: """{"Execution":{"Name":"run-1"}}""",
            variables: """{"counter":3,"config":{"region":"eu-west-1"}}""");

        Assert.Equal("run-1/3/eu-west-1", result?.GetValue<string>());
    }

    [Fact]
    public void Evaluate_PathThatSelectsNothing_PropagatesResolverFailure() =>
        Assert.Throws<KeyNotFoundException>(() => Run("States.Array($.missing)"));

    [Fact]
    public void Evaluate_BracketPathWithBlanks_IsOneArgument()
    {
        var result = Run("States.Array($.abc['def, ghi)'], 1)", """{"abc":{"def, ghi)":"x"}}""");

        Assert.Equal(Normalized("""["x",1]"""), result?.ToJsonString());
    }

    [Fact]
    public void Evaluate_ResultCopiesInput_SoItCanBeAttachedAndChanged()
    {
        var context = Context("""{"a":{"b":1}}""");
        var result = IntrinsicExpression.Parse("States.Array($.a)").Evaluate(context)!;

        var owner = new JsonObject { ["copy"] = result };
        result[0]!["b"] = 2;

        Assert.Equal(1, context.ResolvePath(JsonPath.Parse("$.a.b"))!.GetValue<int>());
        Assert.Equal(2, owner["copy"]![0]!["b"]!.GetValue<int>());
    }

    [Fact]
    public void Evaluate_WhitespaceAndLineBreaks_AreIgnoredBetweenTokens() =>
        Assert.Equal(Normalized("[1,true,false,null]"), RunJson("States.Array( 1 ,\n\ttrue , false,null )"));

    [Fact]
    public void Evaluate_SameExpressionTwice_GivesIndependentResults()
    {
        var expression = IntrinsicExpression.Parse("States.Array($.x)");

        var first = expression.Evaluate(Context("""{"x":1}"""));
        var second = expression.Evaluate(Context("""{"x":2}"""));

        Assert.Equal("[1]", first?.ToJsonString());
        Assert.Equal("[2]", second?.ToJsonString());
    }
}
