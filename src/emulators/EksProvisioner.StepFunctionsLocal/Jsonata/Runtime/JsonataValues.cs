using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary>
/// Conversions between <see cref="JsonNode"/> and JSONata's values (double, string, bool, <see cref="JsonataNull"/>,
/// <see cref="JsonataArray"/>, ordered objects, functions; C# null is undefined), and the reference's value tests.
/// </summary>
internal static class JsonataValues
{
    public static object? FromJson(JsonNode? node) => node switch
    {
        null => JsonataNull.Value,
        JsonObject obj => FromObject(obj),
        JsonArray array => new JsonataArray(array.Select(FromJson)),
        JsonValue value => value.GetValueKind() switch
        {
            JsonValueKind.String => value.GetValue<string>(),
            // A JsonValue built from an int or long does not convert with GetValue<double>; its JSON text does.
            JsonValueKind.Number => double.Parse(value.ToJsonString(), System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => JsonataNull.Value,
        },
        _ => JsonataNull.Value,
    };

    private static OrderedDictionary<string, object?> FromObject(JsonObject obj)
    {
        var result = new OrderedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in obj)
        {
            result[key] = FromJson(value);
        }

        return result;
    }

    /// <summary>The JSON form, as <c>JSON.stringify</c> would write it: functions become "", undefined members vanish.</summary>
    public static JsonNode? ToJson(object? value) => value switch
    {
        null or JsonataNull => null,
        string s => JsonValue.Create(s),
        bool b => JsonValue.Create(b),
        double d => JsNumber.ToJson(d),
        JsonataFunction => JsonValue.Create(string.Empty),
        JsonataArray array => new JsonArray(array.Select(ToJson).ToArray()),
        OrderedDictionary<string, object?> obj => ToJsonObject(obj),
        _ => throw new InvalidOperationException($"not a JSONata value: {value.GetType().Name}"),
    };

    private static JsonObject ToJsonObject(OrderedDictionary<string, object?> obj)
    {
        var result = new JsonObject();
        foreach (var (key, member) in obj)
        {
            if (member is not null)
            {
                result[key] = ToJson(member);
            }
        }

        return result;
    }

    /// <summary>True for a number; a number that is not finite is error D1001, as in the reference.</summary>
    public static bool IsNumeric(object? value)
    {
        if (value is not double d || double.IsNaN(d))
        {
            return false;
        }

        return double.IsFinite(d) ? true : throw new JsonataException("D1001", 0, $"Number out of range: {d}");
    }

    public static bool IsObject(object? value) => value is OrderedDictionary<string, object?>;

    public static bool IsArrayOfNumbers(object? value) => value is JsonataArray array && array.All(IsNumeric);

    public static bool IsArrayOfStrings(object? value) => value is JsonataArray array && array.All(v => v is string);

    public static bool IsInteger(object? value) => value is double d && double.IsFinite(d) && Math.Floor(d) == d;

    /// <summary>fn.lookup: a member of an object, or of every object in an array (flattened).</summary>
    public static object? Lookup(object? input, string key)
    {
        if (input is JsonataArray array)
        {
            var result = JsonataArray.Sequence();
            foreach (var item in array)
            {
                var found = Lookup(item, key);
                if (found is JsonataArray many)
                {
                    result.AddRange(many);
                }
                else if (found is not null)
                {
                    result.Add(found);
                }
            }

            return result;
        }

        return input is OrderedDictionary<string, object?> obj && obj.TryGetValue(key, out var value) ? value : null;
    }

    /// <summary>fn.append: concatenation where undefined is the identity and single values are one-item arrays.</summary>
    public static object? Append(object? first, object? second)
    {
        if (first is null)
        {
            return second;
        }

        if (second is null)
        {
            return first;
        }

        // Array.prototype.concat answers a plain array: the result is never a sequence.
        var result = new JsonataArray();
        AddAll(result, first);
        AddAll(result, second);
        return result;
    }

    private static void AddAll(JsonataArray into, object? value)
    {
        if (value is JsonataArray array)
        {
            into.AddRange(array);
        }
        else
        {
            into.Add(value);
        }
    }
}
