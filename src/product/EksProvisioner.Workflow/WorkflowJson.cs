using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow;

/// <summary>
/// How stage documents are read and written: camelCase, nulls left out, the environment request
/// always through Core's single entry point (so a stage never sees an undefaulted request).
/// </summary>
public static class WorkflowJson
{
    /// <summary>The options every stage document uses.</summary>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new EnvironmentRequestJsonConverter() },
    };

    /// <summary>Reads a stage input; a missing or malformed document is a contract error of the caller.</summary>
    public static T Read<T>(JsonNode? node)
    {
        if (node is null)
        {
            throw new JsonException($"The stage input is empty; expected a {typeof(T).Name} document.");
        }

        return node.Deserialize<T>(Options) ?? throw new JsonException($"The stage input is null; expected a {typeof(T).Name} document.");
    }

    /// <summary>Writes a stage output.</summary>
    public static JsonNode? Write<T>(T value) => JsonSerializer.SerializeToNode(value, Options);
}
