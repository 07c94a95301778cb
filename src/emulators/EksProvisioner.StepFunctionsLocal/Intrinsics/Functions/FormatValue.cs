using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// How States.Format writes a value into its template: strings as they are, numbers, booleans and null
/// as JSON, and arrays and objects the way the JVM-based service prints collections
/// (<c>[1, 2]</c>, <c>{a=1, b=[]}</c>), as LocalStack's recorded AWS responses show.
/// </summary>
internal static class FormatValue
{
    public static string Render(JsonNode? node) => node switch
    {
        null => "null",
        JsonArray array => $"[{string.Join(", ", array.Select(Render))}]",
        JsonObject obj => $"{{{string.Join(", ", obj.Select(p => $"{p.Key}={Render(p.Value)}"))}}}",
        JsonValue value when value.GetValueKind() == JsonValueKind.String => value.GetValue<string>(),
        _ => node.ToJsonString(),
    };
}
