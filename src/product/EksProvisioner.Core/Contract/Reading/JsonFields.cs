using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// Reads the fields of one JSON object: reports unknown fields (with a hint when only the case
/// differs) and wrongly typed values, and treats both a missing field and an explicit null as absent.
/// </summary>
internal sealed class JsonFields
{
    private readonly JsonObject _node;
    private readonly ProblemList _problems;

    private JsonFields(JsonObject node, string path, ProblemList problems)
    {
        _node = node;
        Path = path;
        _problems = problems;
    }

    public string Path { get; }

    /// <summary>Opens <paramref name="node"/> as an object with the given fields, or reports why not.</summary>
    /// <param name="nullable">Fields that may be an explicit null (meaning "none"); any other null is reported.</param>
    public static JsonFields? Open(JsonNode? node, string path, ProblemList problems, IReadOnlyList<string> known, IReadOnlyList<string>? nullable = null)
    {
        if (node is not JsonObject obj)
        {
            problems.Add(path, "must be a JSON object, not " + Describe(node));
            return null;
        }

        foreach (var (name, value) in obj)
        {
            if (known.Contains(name, StringComparer.Ordinal))
            {
                if (value is null && !(nullable ?? []).Contains(name, StringComparer.Ordinal))
                {
                    problems.Add(JsonPath.Property(path, name), "is null; leave the field out to get its default");
                }

                continue;
            }

            var hint = known.FirstOrDefault(k => string.Equals(k, name, StringComparison.OrdinalIgnoreCase));
            problems.Add(JsonPath.Property(path, name), hint is not null
                ? $"unknown field; did you mean {hint}?"
                : "unknown field; allowed fields are " + string.Join(", ", known));
        }

        return new JsonFields(obj, path, problems);
    }

    /// <summary>Like <see cref="Open"/>, but an absent section (missing or null) reads as an empty object.</summary>
    /// <remarks>A section of the wrong type is reported and then read as empty, so its defaults apply.</remarks>
    public static JsonFields OpenOptional(JsonNode? node, string path, ProblemList problems, IReadOnlyList<string> known) =>
        Open(node ?? new JsonObject(), path, problems, known) ?? new JsonFields(new JsonObject(), path, problems);

    /// <summary>The objects of an array field; non-object items are reported and skipped.</summary>
    public IReadOnlyList<(JsonFields Fields, int Index)>? Objects(string name, string expected, IReadOnlyList<string> known)
    {
        var array = Array(name, "an array of " + expected);
        if (array is null)
        {
            return null;
        }

        var result = new List<(JsonFields, int)>();
        for (var i = 0; i < array.Count; i++)
        {
            if (Open(array[i], JsonPath.Index(At(name), i), _problems, known) is { } item)
            {
                result.Add((item, i));
            }
        }

        return result;
    }

    public string At(string name) => JsonPath.Property(Path, name);

    public JsonNode? Node(string name) => _node.TryGetPropertyValue(name, out var value) ? value : null;

    public bool Has(string name) => Node(name) is not null;

    public string? String(string name, string expected = "a string")
    {
        var node = Node(name);
        if (node is null)
        {
            return null;
        }

        if (node.GetValueKind() == JsonValueKind.String)
        {
            return node.GetValue<string>();
        }

        _problems.Add(At(name), $"must be {expected}, not {Describe(node)}");
        return null;
    }

    public bool? Boolean(string name)
    {
        var node = Node(name);
        switch (node?.GetValueKind())
        {
            case null:
                return null;
            case JsonValueKind.True:
                return true;
            case JsonValueKind.False:
                return false;
            default:
                _problems.Add(At(name), "must be true or false, not " + Describe(node));
                return null;
        }
    }

    public int? Integer(string name, string expected)
    {
        var node = Node(name);
        if (node is null)
        {
            return null;
        }

        if (node is JsonValue value && node.GetValueKind() == JsonValueKind.Number && value.TryGetValue<int>(out var number))
        {
            return number;
        }

        _problems.Add(At(name), $"must be {expected}, not {Describe(node)}");
        return null;
    }

    public JsonArray? Array(string name, string expected)
    {
        var node = Node(name);
        if (node is null or JsonArray)
        {
            return (JsonArray?)node;
        }

        _problems.Add(At(name), $"must be {expected}, not {Describe(node)}");
        return null;
    }

    /// <summary>An array of strings; wrongly typed items are reported and skipped.</summary>
    public IReadOnlyList<string>? Strings(string name, string expected)
    {
        var array = Array(name, "an array of " + expected);
        if (array is null)
        {
            return null;
        }

        var result = new List<string>();
        for (var i = 0; i < array.Count; i++)
        {
            if (array[i]?.GetValueKind() == JsonValueKind.String)
            {
                result.Add(array[i]!.GetValue<string>());
            }
            else
            {
                _problems.Add(JsonPath.Index(At(name), i), $"must be {expected}, not {Describe(array[i])}");
            }
        }

        return result;
    }

    /// <summary>An object whose values are all strings; wrongly typed values are reported and skipped.</summary>
    public IReadOnlyDictionary<string, string>? StringMap(string name, string expected)
    {
        var node = Node(name);
        if (node is null)
        {
            return null;
        }

        if (node is not JsonObject obj)
        {
            _problems.Add(At(name), $"must be {expected}, not {Describe(node)}");
            return null;
        }

        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            if (value?.GetValueKind() == JsonValueKind.String)
            {
                result[key] = value.GetValue<string>();
            }
            else
            {
                _problems.Add(JsonPath.Property(At(name), key), "must be a string value, not " + Describe(value));
            }
        }

        return result;
    }

    /// <summary>Reads a closed set spelled by its wire names.</summary>
    public T? Enum<T>(string name, IReadOnlyDictionary<string, T> wireNames)
        where T : struct
    {
        var allowed = "one of " + string.Join(", ", wireNames.Keys);
        var text = String(name, allowed);
        if (text is null)
        {
            return null;
        }

        if (wireNames.TryGetValue(text, out var value))
        {
            return value;
        }

        _problems.Add(At(name), $"'{text}' is not allowed; use {allowed}");
        return null;
    }

    public static string Describe(JsonNode? node) => node?.GetValueKind() switch
    {
        null or JsonValueKind.Null => "null",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "the number " + node.ToJsonString(),
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => "an unknown value",
    };
}
