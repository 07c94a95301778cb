using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>Choice rules: top-level rules carry Next, nested ones must not; a data-test rule has one operator.</summary>
internal static class ChoiceRuleReader
{
    private static readonly HashSet<string> Valueless = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"];

    public static ChoiceRule? Read(JsonObject o, string loc, bool topLevel, DefinitionReader r)
    {
        if (!topLevel && o.ContainsKey("Next"))
        {
            r.Problem($"{loc}/Next", "a nested choice rule must not have Next");
        }

        // A rule at any depth may carry a Comment, which must be a string like every other Comment.
        _ = r.OptionalString(o, "Comment", loc);
        var keys = o.Select(p => p.Key).Where(k => k is not ("Next" or "Comment" or "Assign" or "Variable")).ToList();
        if (!topLevel && o.ContainsKey("Assign"))
        {
            r.Problem($"{loc}/Assign", "a nested choice rule must not have Assign");
        }

        if (keys.Count != 1)
        {
            r.Problem(loc, keys.Count == 0 ? "a choice rule needs And, Or, Not or one comparison operator" : $"a choice rule has exactly one operator, found {string.Join(", ", keys)}");
            return null;
        }

        var op = keys[0];
        return op switch
        {
            "And" or "Or" => ReadList(o, loc, op, r),
            "Not" when o["Not"] is JsonObject inner => Read(inner, $"{loc}/Not", false, r) is { } n ? new NotRule(n) : null,
            "Not" => Missing(r, $"{loc}/Not", "Not must be a rule object"),
            _ => ReadComparison(o, loc, op, r),
        };
    }

    private static ChoiceRule? ReadList(JsonObject o, string loc, string op, DefinitionReader r)
    {
        if (o[op] is not JsonArray list || list.Count == 0)
        {
            return Missing(r, $"{loc}/{op}", $"{op} must be a non-empty array of rules");
        }

        var rules = new List<ChoiceRule>();
        for (var i = 0; i < list.Count; i++)
        {
            if (list[i] is JsonObject sub && Read(sub, $"{loc}/{op}/{i}", false, r) is { } rule)
            {
                rules.Add(rule);
            }
            else if (list[i] is not JsonObject)
            {
                r.Problem($"{loc}/{op}/{i}", "a choice rule is an object");
            }
        }

        return op == "And" ? new AndRule(rules) : new OrRule(rules);
    }

    private static ComparisonRule? ReadComparison(JsonObject o, string loc, string op, DefinitionReader r)
    {
        var variableText = r.RequiredString(o, "Variable", loc);
        var variable = variableText is null ? null : r.Path(variableText, $"{loc}/Variable", reference: false);
        var isPath = op.EndsWith("Path", StringComparison.Ordinal) && !Valueless.Contains(op);
        var baseName = isPath ? op[..^4] : op;
        if (!Enum.TryParse<ComparisonOperator>(baseName, out var comparison) || (isPath && baseName == "StringMatches"))
        {
            return Missing(r, $"{loc}/{op}", $"'{op}' is not a comparison operator");
        }

        var value = o[op];
        if (isPath)
        {
            if (DefinitionReader.Str(value) is { } path)
            {
                var valuePath = r.Path(path, $"{loc}/{op}", reference: false);
                return variable is null ? null : new ComparisonRule(variable, comparison, null, valuePath);
            }

            return Missing(r, $"{loc}/{op}", $"{op} must be a path string");
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var ok = baseName switch
        {
            _ when Valueless.Contains(baseName) => kind is JsonValueKind.True or JsonValueKind.False,
            _ when baseName.StartsWith("String", StringComparison.Ordinal) => kind == JsonValueKind.String,
            _ when baseName.StartsWith("Numeric", StringComparison.Ordinal) => kind == JsonValueKind.Number,
            "BooleanEquals" => kind is JsonValueKind.True or JsonValueKind.False,
            _ => AslTimestamp.TryParse(DefinitionReader.Str(value), out _),
        };
        if (!ok)
        {
            return Missing(r, $"{loc}/{op}", $"{op} needs a {ExpectedKind(baseName)} value");
        }

        return variable is null ? null : new ComparisonRule(variable, comparison, value?.DeepClone(), null);
    }

    private static ComparisonRule? Missing(DefinitionReader r, string location, string message)
    {
        r.Problem(location, message);
        return null;
    }

    private static string ExpectedKind(string op) => op switch
    {
        _ when Valueless.Contains(op) || op == "BooleanEquals" => "boolean",
        _ when op.StartsWith("String", StringComparison.Ordinal) => "string",
        _ when op.StartsWith("Numeric", StringComparison.Ordinal) => "numeric",
        _ => "timestamp (RFC 3339)",
    };
}
