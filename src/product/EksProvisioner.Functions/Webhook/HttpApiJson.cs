using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Functions.Webhook;

/// <summary>camelCase as API Gateway writes it; header names (dictionary keys) kept as they are.</summary>
public static class HttpApiJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };
}
