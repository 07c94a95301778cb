using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>Typed reads of an EKS JSON request body, failing with EKS's InvalidParameterException.</summary>
internal static class EksBody
{
    public static string Required(JsonObject body, string name) =>
        Optional(body, name) is { Length: > 0 } value ? value : throw EksErrors.InvalidParameter($"{name} must be specified");

    public static string? Optional(JsonObject body, string name) =>
        body[name] is JsonValue value && value.TryGetValue<string>(out var text) ? text : null;

    public static bool? Bool(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<bool>(out var flag) ? flag : null;

    public static int? Int(JsonObject? body, string name) =>
        body?[name] is JsonValue value && value.TryGetValue<int>(out var number) ? number : null;

    public static List<string> Strings(JsonObject? body, string name) =>
        body?[name] is JsonArray array ? array.Select(n => n?.GetValue<string>() ?? string.Empty).ToList() : [];

    public static Dictionary<string, string> Tags(JsonObject body) =>
        body["tags"] is JsonObject tags
            ? tags.ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? string.Empty, StringComparer.Ordinal)
            : new Dictionary<string, string>(StringComparer.Ordinal);

    /// <summary>The request without its token, keys sorted: equal for a retry of the same call.</summary>
    public static string Fingerprint(JsonObject body, params string[] context)
    {
        var copy = Sorted(body);
        copy.Remove("clientRequestToken");
        return string.Join('|', context) + "|" + copy.ToJsonString();
    }

    public static JsonObject Parse(byte[] bytes)
    {
        if (bytes.Length == 0)
        {
            return [];
        }

        try
        {
            return JsonNode.Parse(bytes) as JsonObject ?? throw EksErrors.BadRequest("The request body must be a JSON object.");
        }
        catch (JsonException error)
        {
            throw EksErrors.BadRequest("Could not parse request body: " + error.Message);
        }
    }

    private static JsonObject Sorted(JsonObject source)
    {
        var sorted = new JsonObject();
        foreach (var (key, value) in source.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            sorted[key] = value is JsonObject nested ? Sorted(nested) : value?.DeepClone();
        }

        return sorted;
    }
}
