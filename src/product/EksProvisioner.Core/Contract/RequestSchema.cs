using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract.Reading;
using Json.Schema;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// The published JSON Schema (statemachine/environment-request.schema.json, embedded at build time).
/// </summary>
public static class RequestSchema
{
    private static readonly Lazy<JsonSchema> Schema = new(Load);

    /// <summary>The schema text, as published.</summary>
    public static string Text { get; } = ReadText();

    /// <summary>Every schema violation in <paramref name="document"/> as (JSONPath, message).</summary>
    /// <remarks>JsonSchema.Net evaluates elements only, so the node is written to one in memory (no text).</remarks>
    public static IReadOnlyList<(string Path, string Message)> Evaluate(JsonNode document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return Evaluate(JsonSerializer.SerializeToElement(document, ContractJson.Default.JsonNode));
    }

    /// <summary>Every schema violation in <paramref name="document"/> as (JSONPath, message).</summary>
    public static IReadOnlyList<(string Path, string Message)> Evaluate(JsonElement document)
    {
        var results = Schema.Value.Evaluate(document, new EvaluationOptions { OutputFormat = OutputFormat.List });
        if (results.IsValid)
        {
            return [];
        }

        return (results.Details ?? [])
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => (ToJsonPath(d.InstanceLocation.ToString()), e.Value)))
            .Distinct()
            .ToList();
    }

    private static JsonSchema Load() => JsonSchema.FromText(Text);

    private static string ReadText()
    {
        using var stream = typeof(RequestSchema).Assembly.GetManifestResourceStream("environment-request.schema.json")
            ?? throw new InvalidOperationException("The embedded schema environment-request.schema.json is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    private static string ToJsonPath(string pointer)
    {
        var path = JsonPath.Root;
        foreach (var segment in pointer.Split('/', StringSplitOptions.RemoveEmptyEntries))
        {
            var name = segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
            path = int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                ? JsonPath.Index(path, index)
                : JsonPath.Property(path, name);
        }

        return path;
    }
}
