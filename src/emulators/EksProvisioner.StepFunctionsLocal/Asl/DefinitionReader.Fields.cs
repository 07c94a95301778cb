using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Field readers: each reports its own problem and answers null so reading can go on.</summary>
internal sealed partial class DefinitionReader
{
    private static string? Str(JsonNode? node) => JsonValues.AsString(node);

    private void CheckFields(JsonObject obj, string location, HashSet<string> allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key))
            {
                Problem($"{location}/{key}", $"field '{key}' is not supported here");
            }
        }
    }

    private void CheckQueryLanguage(JsonObject obj, string location)
    {
        if (obj["QueryLanguage"] is { } ql)
        {
            var value = Str(ql);
            if (value == "JSONata")
            {
                Problem($"{location}/QueryLanguage", "JSONata is not supported by the local engine yet; use JSONPath");
            }
            else if (value != "JSONPath")
            {
                Problem($"{location}/QueryLanguage", "QueryLanguage must be \"JSONPath\" or \"JSONata\"");
            }
        }
    }

    private string? RequiredString(JsonObject obj, string field, string location)
    {
        if (!obj.ContainsKey(field))
        {
            Problem($"{location}/{field}", $"{field} is required");
            return null;
        }

        return OptionalString(obj, field, location);
    }

    private string? OptionalString(JsonObject obj, string field, string location)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        var value = Str(node);
        if (value is null)
        {
            Problem($"{location}/{field}", $"{field} must be a string");
        }

        return value;
    }

    private long? OptionalInt(JsonObject obj, string field, string location, long min)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (JsonValues.AsDecimal(node) is { } d && d == decimal.Truncate(d) && d >= min && d <= int.MaxValue)
        {
            return (long)d;
        }

        Problem($"{location}/{field}", $"{field} must be an integer >= {min}");
        return null;
    }

    private double? OptionalNumber(JsonObject obj, string field, string location, double min, double max)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (JsonValues.AsDecimal(node) is { } d && (double)d >= min && (double)d <= max)
        {
            return (double)d;
        }

        Problem($"{location}/{field}", $"{field} must be a number between {min} and {max}");
        return null;
    }

    /// <summary>A Path field: absent is <c>$</c>, JSON null is null (discard), otherwise a valid path.</summary>
    private string? PathField(JsonObject obj, string field, string location, bool reference = false)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return "$";
        }

        if (node is null)
        {
            return null;
        }

        var text = Str(node);
        if (text is null)
        {
            Problem($"{location}/{field}", $"{field} must be a path string or null");
            return "$";
        }

        CheckPath(text, $"{location}/{field}", reference);
        return text;
    }

    private string? OptionalPath(JsonObject obj, string field, string location)
    {
        var text = OptionalString(obj, field, location);
        if (text is not null)
        {
            CheckPath(text, $"{location}/{field}", reference: false);
        }

        return text;
    }

    private void CheckPath(string text, string location, bool reference)
    {
        if (!JsonPathParser.TryParse(text, out var path, out var error))
        {
            Problem(location, $"invalid JSONPath: {error}");
        }
        else if (reference && !path!.IsReferencePath)
        {
            Problem(location, $"'{text}' must be a reference path (rooted at $, names and indexes only)");
        }
    }

    /// <summary>A payload template (Parameters, ResultSelector, ItemSelector, Assign): checks every <c>.$</c> value.</summary>
    private JsonNode? Template(JsonObject obj, string field, string location, bool mustBeObject = false)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (mustBeObject && node is not JsonObject)
        {
            Problem($"{location}/{field}", $"{field} must be an object");
            return null;
        }

        CheckTemplate(node, $"{location}/{field}");
        return node?.DeepClone();
    }

    private void CheckTemplate(JsonNode? node, string location)
    {
        switch (node)
        {
            case JsonObject o:
                foreach (var (key, value) in o)
                {
                    var at = $"{location}/{key}";
                    if (key.EndsWith(".$", StringComparison.Ordinal))
                    {
                        CheckDynamicValue(value, at);
                    }
                    else
                    {
                        CheckTemplate(value, at);
                    }
                }

                break;
            case JsonArray a:
                for (var i = 0; i < a.Count; i++)
                {
                    CheckTemplate(a[i], $"{location}/{i}");
                }

                break;
            default:
                break;
        }
    }

    private void CheckDynamicValue(JsonNode? value, string location)
    {
        var text = Str(value);
        if (text is null)
        {
            Problem(location, "a field ending in '.$' must have a string value (a path or an intrinsic function)");
        }
        else if (IntrinsicExpression.IsIntrinsic(text))
        {
            foreach (var issue in IntrinsicExpression.Validate(text))
            {
                Problem(location, $"invalid intrinsic function: {issue}");
            }
        }
        else
        {
            CheckPath(text, location, reference: false);
        }
    }

    private JsonObject? AssignField(JsonObject obj, string location)
    {
        var assign = (JsonObject?)Template(obj, "Assign", location, mustBeObject: true);
        foreach (var (key, _) in assign ?? [])
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                Problem($"{location}/Assign/{key}", $"'{name}' is not a valid variable name");
            }
        }

        return assign;
    }

    private static bool IsInteger(JsonNode? node) =>
        node?.GetValueKind() == JsonValueKind.Number && JsonValues.AsDecimal(node) is { } d && d == decimal.Truncate(d);
}
