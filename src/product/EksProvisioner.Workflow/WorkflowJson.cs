using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;
using EksProvisioner.Workflow.Documents;

namespace EksProvisioner.Workflow;

/// <summary>
/// How stage documents are read and written: camelCase, nulls left out, with the source-generated
/// <see cref="StageDocumentsJson"/>. A stage reads the request inside its document as the defaulted data
/// ValidateRequest wrote; only the edges validate requests (<see cref="Core.Contract.EnvironmentRequests"/>).
/// </summary>
public static class WorkflowJson
{
    /// <summary>The options every stage document uses.</summary>
    /// <remarks>
    /// Stage documents resolve from the generated context first. The trigger answers written here too
    /// (events, reaper) are not stage documents and keep the reflection resolver as their fallback.
    /// </remarks>
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        TypeInfoResolver = JsonTypeInfoResolver.Combine(StageDocumentsJson.Default, new DefaultJsonTypeInfoResolver()),
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
