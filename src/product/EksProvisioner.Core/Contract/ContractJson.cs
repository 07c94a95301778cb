using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// Source-generated JSON for the contract and the plan: camelCase, nulls omitted. Other projects
/// may use its type infos to embed these types in their own documents.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(EnvironmentRequest))]
[JsonSerializable(typeof(ResourcePlan))]
[JsonSerializable(typeof(JsonNode))]
public sealed partial class ContractJson : JsonSerializerContext
{
    /// <summary>The same settings, indented for people.</summary>
    public static ContractJson Indented { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    });
}
