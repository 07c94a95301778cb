using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Field readers: each reports its own problem and answers null so reading can go on.</summary>
internal sealed partial class DefinitionReader
{
    public static string? Str(JsonNode? node) => JsonValues.AsString(node);

    public void CheckFields(JsonObject obj, string location, IReadOnlySet<string> allowed)
    {
        foreach (var (key, _) in obj)
        {
            if (!allowed.Contains(key))
            {
                Problem($"{location}/{key}", $"field '{key}' is not supported here");
            }
        }
    }

    public void CheckQueryLanguage(JsonObject obj, string location)
    {
        if (obj["QueryLanguage"] is { } ql)
        {
            var value = Str(ql);
            if (value == "JSONPath" && location.Length > 0 && JsonataByDefault)
            {
                // AWS: a state may opt in to JSONata under a JSONPath top level, never the other way round.
                Problem($"{location}/QueryLanguage", "a state cannot use JSONPath when the top-level QueryLanguage is JSONata");
            }
            else if (value is not "JSONPath" and not "JSONata")
            {
                Problem($"{location}/QueryLanguage", "QueryLanguage must be \"JSONPath\" or \"JSONata\"");
            }
        }
    }

    public string? RequiredString(JsonObject obj, string field, string location)
    {
        if (!obj.ContainsKey(field))
        {
            Problem($"{location}/{field}", $"{field} is required");
            return null;
        }

        return OptionalString(obj, field, location);
    }

    public string? OptionalString(JsonObject obj, string field, string location)
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

    public long? OptionalInt(JsonObject obj, string field, string location, long min)
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

    public double? OptionalNumber(JsonObject obj, string field, string location, double min, double max)
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

    /// <summary>A field that is an array of objects, each read by <paramref name="read"/> (told whether it is the last).</summary>
    public List<T> ReadList<T>(JsonObject obj, string field, string at, Func<JsonObject, string, bool, T> read)
    {
        var list = new List<T>();
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return list;
        }

        if (node is not JsonArray array)
        {
            Problem($"{at}/{field}", $"{field} must be an array");
            return list;
        }

        for (var i = 0; i < array.Count; i++)
        {
            if (array[i] is JsonObject o)
            {
                list.Add(read(o, $"{at}/{field}/{i}", i == array.Count - 1));
            }
            else
            {
                Problem($"{at}/{field}/{i}", "must be an object");
            }
        }

        return list;
    }

    /// <summary>Mutually exclusive fields, such as Seconds and SecondsPath: reports when both are present.</summary>
    public void CheckExclusive(JsonObject obj, string at, string first, string second)
    {
        if (obj.ContainsKey(first) && obj.ContainsKey(second))
        {
            Problem(at, $"{first} and {second} cannot both be set");
        }
    }
}
