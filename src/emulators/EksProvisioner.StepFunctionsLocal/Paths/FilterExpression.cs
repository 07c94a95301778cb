using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>
/// The filter subset AWS's JSONPath accepts, such as <c>[?(@.price &lt; 10)]</c>: comparisons of a relative path
/// with a literal, existence tests, joined by <c>&amp;&amp;</c> or <c>||</c> (no nesting).
/// </summary>
internal abstract record FilterExpression
{
    public abstract bool Test(JsonNode? item);
}

internal sealed record ExistsFilter(JsonPath Relative) : FilterExpression
{
    public override bool Test(JsonNode? item) => Relative.Select(item, null, null).Count > 0;
}

internal sealed record CompareFilter(JsonPath Relative, string Operator, JsonNode? Literal) : FilterExpression
{
    public override bool Test(JsonNode? item)
    {
        var found = Relative.Select(item, null, null);
        if (found.Count != 1)
        {
            return false;
        }

        var value = found[0];
        int? order = JsonValues.Compare(value, Literal);
        return Operator switch
        {
            "==" => JsonNode.DeepEquals(value, Literal),
            "!=" => !JsonNode.DeepEquals(value, Literal),
            "<" => order < 0,
            "<=" => order <= 0,
            ">" => order > 0,
            ">=" => order >= 0,
            _ => throw new JsonException($"unknown operator {Operator}"),
        };
    }
}

internal sealed record LogicalFilter(bool IsAnd, IReadOnlyList<FilterExpression> Parts) : FilterExpression
{
    public override bool Test(JsonNode? item) => IsAnd ? Parts.All(p => p.Test(item)) : Parts.Any(p => p.Test(item));
}
