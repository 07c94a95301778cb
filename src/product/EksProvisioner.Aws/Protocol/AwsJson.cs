using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Protocol;

/// <summary>Serializer settings shared by the JSON protocols: model member names (camelCase), nulls omitted, epoch-second timestamps.</summary>
public static class AwsJson
{
    /// <summary>The options our clients use; the simulator may use them to answer in the same shape.</summary>
    public static JsonSerializerOptions Options { get; } = Build();

    private static JsonSerializerOptions Build()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.General)
        {
            PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
            DictionaryKeyPolicy = null,
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            Converters = { new EpochSecondsConverter() },
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
