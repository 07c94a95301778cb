using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>
/// Evaluates Choice rules. A Variable that selects nothing is a States.Runtime error, except for IsPresent; a value
/// of the wrong type makes a comparison false (as AWS does).
/// </summary>
internal static class ChoiceEvaluator
{
    public static bool Matches(ChoiceRule rule, JsonNode? input, PathContext ctx) => rule switch
    {
        AndRule and => and.Rules.All(r => Matches(r, input, ctx)),
        OrRule or => or.Rules.Any(r => Matches(r, input, ctx)),
        NotRule not => !Matches(not.Rule, input, ctx),
        ComparisonRule c => Compare(c, input, ctx),
        _ => throw new InvalidOperationException($"unknown rule {rule}"),
    };

    private static bool Compare(ComparisonRule rule, JsonNode? input, PathContext ctx)
    {
        var path = DataFlow.Path(rule.Variable);
        var found = path.Select(input, ctx.Context, ctx.Scope.Lookup);
        if (rule.Operator == ComparisonOperator.IsPresent)
        {
            return (found.Count > 0) == rule.Value!.GetValue<bool>();
        }

        if (found.Count == 0)
        {
            throw new StatesException(StatesErrors.Runtime, $"Invalid path '{rule.Variable}': The choice state's condition path references an invalid value.");
        }

        var value = path.IsDefinite ? found[0] : new JsonArray(found.Select(f => f?.DeepClone()).ToArray());
        var expected = rule.ValuePath is null ? rule.Value : DataFlow.Select(rule.ValuePath, input, ctx, rule.Operator + "Path");
        return rule.Operator switch
        {
            ComparisonOperator.IsNull => (value is null) == expected!.GetValue<bool>(),
            ComparisonOperator.IsNumeric => JsonValues.IsNumber(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsString => JsonValues.IsString(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsBoolean => JsonValues.IsBoolean(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsTimestamp => AslTimestamp.TryParse(JsonValues.AsString(value), out _) == expected!.GetValue<bool>(),
            ComparisonOperator.BooleanEquals => JsonValues.IsBoolean(value) && JsonValues.IsBoolean(expected) && value!.GetValue<bool>() == expected!.GetValue<bool>(),
            ComparisonOperator.StringMatches => JsonValues.AsString(value) is { } s && JsonValues.AsString(expected) is { } p && WildcardMatch(s, p),
            >= ComparisonOperator.StringEquals and <= ComparisonOperator.StringGreaterThanEquals => Order(JsonValues.AsString(value) is { } a && JsonValues.AsString(expected) is { } b ? string.CompareOrdinal(a, b) : null, rule.Operator),
            >= ComparisonOperator.NumericEquals and <= ComparisonOperator.NumericGreaterThanEquals => Order(JsonValues.AsDecimal(value) is { } x && JsonValues.AsDecimal(expected) is { } y ? x.CompareTo(y) : null, rule.Operator),
            _ => Order(Timestamps(value, expected), rule.Operator),
        };
    }

    private static int? Timestamps(JsonNode? value, JsonNode? expected) =>
        AslTimestamp.TryParse(JsonValues.AsString(value), out var a) && AslTimestamp.TryParse(JsonValues.AsString(expected), out var b)
            ? a.CompareTo(b)
            : null;

    private static bool Order(int? comparison, ComparisonOperator op)
    {
        if (comparison is not { } c)
        {
            return false;
        }

        var name = op.ToString();
        return name switch
        {
            _ when name.EndsWith("LessThanEquals", StringComparison.Ordinal) => c <= 0,
            _ when name.EndsWith("GreaterThanEquals", StringComparison.Ordinal) => c >= 0,
            _ when name.EndsWith("LessThan", StringComparison.Ordinal) => c < 0,
            _ when name.EndsWith("GreaterThan", StringComparison.Ordinal) => c > 0,
            _ => c == 0,
        };
    }

    /// <summary>StringMatches: <c>*</c> matches any run of characters; <c>\*</c> and <c>\\</c> are literal.</summary>
    internal static bool WildcardMatch(string text, string pattern)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            if (pattern[i] == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(pattern[++i].ToString()));
            }
            else if (pattern[i] == '*')
            {
                regex.Append(".*");
            }
            else
            {
                regex.Append(System.Text.RegularExpressions.Regex.Escape(pattern[i].ToString()));
            }
        }

        return System.Text.RegularExpressions.Regex.IsMatch(text, regex.Append('$').ToString(), System.Text.RegularExpressions.RegexOptions.Singleline, TimeSpan.FromSeconds(1));
    }
}
