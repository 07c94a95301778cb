using System.Text.Json;
using System.Text.Json.Serialization;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Support;

/// <summary>Reads requests with <see cref="EnvironmentRequests.Parse(string)"/> and writes them with Core's contract JSON.</summary>
internal sealed class EnvironmentRequestJsonConverter : JsonConverter<EnvironmentRequest>
{
    public override EnvironmentRequest Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        using var document = JsonDocument.ParseValue(ref reader);
        return EnvironmentRequests.Parse(document.RootElement.GetRawText());
    }

    public override void Write(Utf8JsonWriter writer, EnvironmentRequest value, JsonSerializerOptions options) =>
        EnvironmentRequests.ToJsonNode(value).WriteTo(writer);
}
