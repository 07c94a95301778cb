using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>
/// A data-test rule: <see cref="Variable"/> compared with a literal <see cref="Value"/>, or with the value at
/// <see cref="ValuePath"/> for the <c>...Path</c> operator forms. A Variable that selects nothing is a
/// States.Runtime error, except for IsPresent; a value of the wrong type makes a comparison false (as AWS does).
/// </summary>
internal sealed record ComparisonRule(JsonPath Variable, ComparisonOperator Operator, JsonNode? Value, JsonPath? ValuePath) : ChoiceRule
{
    /// <summary>StringMatches' pattern, compiled with the definition (the operator has no Path form).</summary>
    private Regex? Pattern { get; } = Operator == ComparisonOperator.StringMatches && JsonValues.AsString(Value) is { } p ? WildcardPattern.Compile(p) : null;

    private Func<int, bool> Accepts { get; } = Ordering(Operator);

    public override bool Matches(JsonNode? input, PathContext ctx)
    {
        var found = Variable.Select(input, ctx.Context, ctx.Scope.Lookup);
        if (Operator == ComparisonOperator.IsPresent)
        {
            return (found.Count > 0) == Value!.GetValue<bool>();
        }

        if (found.Count == 0)
        {
            throw new StatesException(StatesErrors.Runtime, $"Invalid path '{Variable.Text}': The choice state's condition path references an invalid value.");
        }

        var value = Variable.IsDefinite ? found[0] : new JsonArray(found.Select(f => f?.DeepClone()).ToArray());
        var expected = ValuePath is null ? Value : Selection.Select(ValuePath, input, ctx, Operator + "Path");
        return Operator switch
        {
            ComparisonOperator.IsNull => (value is null) == expected!.GetValue<bool>(),
            ComparisonOperator.IsNumeric => JsonValues.IsNumber(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsString => JsonValues.IsString(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsBoolean => JsonValues.IsBoolean(value) == expected!.GetValue<bool>(),
            ComparisonOperator.IsTimestamp => AslTimestamp.TryParse(JsonValues.AsString(value), out _) == expected!.GetValue<bool>(),
            ComparisonOperator.BooleanEquals => JsonValues.IsBoolean(value) && JsonValues.IsBoolean(expected) && value!.GetValue<bool>() == expected!.GetValue<bool>(),
            ComparisonOperator.StringMatches => JsonValues.AsString(value) is { } s && Pattern is not null && Pattern.IsMatch(s),
            >= ComparisonOperator.StringEquals and <= ComparisonOperator.StringGreaterThanEquals => Order(JsonValues.AsString(value) is { } a && JsonValues.AsString(expected) is { } b ? string.CompareOrdinal(a, b) : null),
            >= ComparisonOperator.NumericEquals and <= ComparisonOperator.NumericGreaterThanEquals => Order(JsonValues.AsDecimal(value) is { } x && JsonValues.AsDecimal(expected) is { } y ? x.CompareTo(y) : null),
            _ => Order(Timestamps(value, expected)),
        };
    }

    private static int? Timestamps(JsonNode? value, JsonNode? expected) =>
        AslTimestamp.TryParse(JsonValues.AsString(value), out var a) && AslTimestamp.TryParse(JsonValues.AsString(expected), out var b)
            ? a.CompareTo(b)
            : null;

    private bool Order(int? comparison) => comparison is { } c && Accepts(c);

    /// <summary>Which orderings the operator accepts, from its name (Equals, LessThan, GreaterThanEquals, ...).</summary>
    private static Func<int, bool> Ordering(ComparisonOperator op)
    {
        var name = op.ToString();
        return name switch
        {
            _ when name.EndsWith("LessThanEquals", StringComparison.Ordinal) => c => c <= 0,
            _ when name.EndsWith("GreaterThanEquals", StringComparison.Ordinal) => c => c >= 0,
            _ when name.EndsWith("LessThan", StringComparison.Ordinal) => c => c < 0,
            _ when name.EndsWith("GreaterThan", StringComparison.Ordinal) => c => c > 0,
            _ => c => c == 0,
        };
    }
}
