using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Choice rules: top-level rules carry Next, nested ones must not; a data-test rule has one operator.</summary>
internal sealed partial class DefinitionReader
{
    private static readonly HashSet<string> Valueless = ["IsNull", "IsPresent", "IsNumeric", "IsString", "IsBoolean", "IsTimestamp"];

    private ChoiceState? ReadChoice(string name, JsonObject obj, string at)
    {
        if (obj["Choices"] is not JsonArray choices || choices.Count == 0)
        {
            Problem($"{at}/Choices", "Choices is required and must be a non-empty array");
            return null;
        }

        var branches = new List<ChoiceBranch>();
        for (var i = 0; i < choices.Count; i++)
        {
            var loc = $"{at}/Choices/{i}";
            if (choices[i] is not JsonObject c)
            {
                Problem(loc, "a choice rule is an object");
                continue;
            }

            var next = RequiredString(c, "Next", loc);
            var rule = ReadRule(c, loc, topLevel: true);
            // Invalid rules keep a placeholder so later locations keep their index (the definition is discarded anyway).
            branches.Add(new ChoiceBranch(rule ?? new AndRule([]), next ?? "", AssignField(c, loc)));
        }

        return new ChoiceState(name, branches, OptionalString(obj, "Default", at));
    }

    private ChoiceRule? ReadRule(JsonObject o, string loc, bool topLevel)
    {
        if (!topLevel && o.ContainsKey("Next"))
        {
            Problem($"{loc}/Next", "a nested choice rule must not have Next");
        }

        var keys = o.Select(p => p.Key).Where(k => k is not ("Next" or "Comment" or "Assign" or "Variable")).ToList();
        if (topLevel is false && o.ContainsKey("Assign"))
        {
            Problem($"{loc}/Assign", "a nested choice rule must not have Assign");
        }

        if (keys.Count != 1)
        {
            Problem(loc, keys.Count == 0 ? "a choice rule needs And, Or, Not or one comparison operator" : $"a choice rule has exactly one operator, found {string.Join(", ", keys)}");
            return null;
        }

        var op = keys[0];
        switch (op)
        {
            case "And" or "Or":
                if (o[op] is not JsonArray list || list.Count == 0)
                {
                    Problem($"{loc}/{op}", $"{op} must be a non-empty array of rules");
                    return null;
                }

                var rules = new List<ChoiceRule>();
                for (var i = 0; i < list.Count; i++)
                {
                    if (list[i] is JsonObject sub && ReadRule(sub, $"{loc}/{op}/{i}", false) is { } r)
                    {
                        rules.Add(r);
                    }
                    else if (list[i] is not JsonObject)
                    {
                        Problem($"{loc}/{op}/{i}", "a choice rule is an object");
                    }
                }

                return op == "And" ? new AndRule(rules) : new OrRule(rules);
            case "Not":
                if (o["Not"] is not JsonObject inner)
                {
                    Problem($"{loc}/Not", "Not must be a rule object");
                    return null;
                }

                return ReadRule(inner, $"{loc}/Not", false) is { } n ? new NotRule(n) : null;
            default:
                return ReadComparison(o, loc, op);
        }
    }

    private ComparisonRule? ReadComparison(JsonObject o, string loc, string op)
    {
        var variable = RequiredString(o, "Variable", loc);
        if (variable is not null)
        {
            CheckPath(variable, $"{loc}/Variable", reference: false);
        }

        var isPath = op.EndsWith("Path", StringComparison.Ordinal) && !Valueless.Contains(op);
        var baseName = isPath ? op[..^4] : op;
        if (!Enum.TryParse<ComparisonOperator>(baseName, out var comparison) || (isPath && baseName == "StringMatches"))
        {
            Problem($"{loc}/{op}", $"'{op}' is not a comparison operator");
            return null;
        }

        var value = o[op];
        if (isPath)
        {
            if (Str(value) is { } path)
            {
                CheckPath(path, $"{loc}/{op}", reference: false);
                return variable is null ? null : new ComparisonRule(variable, comparison, null, path);
            }

            Problem($"{loc}/{op}", $"{op} must be a path string");
            return null;
        }

        var kind = value?.GetValueKind() ?? JsonValueKind.Null;
        var ok = baseName switch
        {
            _ when Valueless.Contains(baseName) => kind is JsonValueKind.True or JsonValueKind.False,
            _ when baseName.StartsWith("String", StringComparison.Ordinal) => kind == JsonValueKind.String,
            _ when baseName.StartsWith("Numeric", StringComparison.Ordinal) => kind == JsonValueKind.Number,
            "BooleanEquals" => kind is JsonValueKind.True or JsonValueKind.False,
            _ => AslTimestamp.TryParse(Str(value), out _),
        };
        if (!ok)
        {
            Problem($"{loc}/{op}", $"{op} needs a {ExpectedKind(baseName)} value");
            return null;
        }

        return variable is null ? null : new ComparisonRule(variable, comparison, value?.DeepClone(), null);
    }

    private static string ExpectedKind(string op) => op switch
    {
        _ when Valueless.Contains(op) || op == "BooleanEquals" => "boolean",
        _ when op.StartsWith("String", StringComparison.Ordinal) => "string",
        _ when op.StartsWith("Numeric", StringComparison.Ordinal) => "numeric",
        _ => "timestamp (RFC 3339)",
    };
}
