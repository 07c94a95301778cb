using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>Small helpers over JSON values: kinds, numbers, ordering, sizes.</summary>
internal static class JsonValues
{
    private static readonly JsonSerializerOptions Unescaped = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static JsonValueKind Kind(JsonNode? node) => node?.GetValueKind() ?? JsonValueKind.Null;

    public static bool IsNumber(JsonNode? node) => Kind(node) == JsonValueKind.Number;

    public static bool IsString(JsonNode? node) => Kind(node) == JsonValueKind.String;

    public static bool IsBoolean(JsonNode? node) => Kind(node) is JsonValueKind.True or JsonValueKind.False;

    public static decimal? AsDecimal(JsonNode? node)
    {
        if (!IsNumber(node))
        {
            return null;
        }

        // Read through the JSON text: values the engine creates (such as $$.Map.Item.Index) hold an int, not a JsonElement.
        var text = node!.ToJsonString();
        return decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d)
            ? d
            : (decimal)double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
    }

    public static string? AsString(JsonNode? node) => IsString(node) ? node!.GetValue<string>() : null;

    /// <summary>Ordering of two numbers or two strings; null when they are not comparable.</summary>
    public static int? Compare(JsonNode? a, JsonNode? b)
    {
        if (AsDecimal(a) is { } x && AsDecimal(b) is { } y)
        {
            return x.CompareTo(y);
        }

        if (AsString(a) is { } s && AsString(b) is { } t)
        {
            return string.CompareOrdinal(s, t);
        }

        return null;
    }

    public static string ToJson(JsonNode? node) => node is null ? "null" : node.ToJsonString();

    /// <summary>The size AWS limits: the UTF-8 bytes of the JSON text, non-ASCII characters unescaped.</summary>
    public static int Utf8Size(JsonNode? node) =>
        System.Text.Encoding.UTF8.GetByteCount(node is null ? "null" : node.ToJsonString(Unescaped));

    public static JsonNode? Parse(string? json) =>
        string.IsNullOrWhiteSpace(json) ? new JsonObject() : JsonNode.Parse(json);

    public static JsonNode? Clone(JsonNode? node) => node?.DeepClone();
}
