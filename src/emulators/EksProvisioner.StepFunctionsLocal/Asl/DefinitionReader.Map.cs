using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>The Map state reader (inline mode; distributed-only fields are reported as unsupported).</summary>
internal sealed partial class DefinitionReader
{
    private MapState? ReadMap(string name, JsonObject obj, string at)
    {
        foreach (var field in new[] { "ItemReader", "ItemBatcher", "ResultWriter" })
        {
            if (obj.ContainsKey(field))
            {
                Problem($"{at}/{field}", $"{field} (distributed Map) is not supported by the local engine");
            }
        }

        if (obj.ContainsKey("ItemSelector") && obj.ContainsKey("Parameters"))
        {
            Problem(at, "ItemSelector and Parameters cannot both be set");
        }

        var field2 = obj.ContainsKey("ItemProcessor") ? "ItemProcessor" : "Iterator";
        if (obj.ContainsKey("ItemProcessor") && obj.ContainsKey("Iterator"))
        {
            Problem(at, "ItemProcessor and Iterator cannot both be set");
        }

        if (obj[field2] is not JsonObject processor)
        {
            Problem($"{at}/ItemProcessor", "ItemProcessor is required and must be an object with StartAt and States");
            return null;
        }

        if (processor["ProcessorConfig"] is JsonObject config && JsonValuesStr(config["Mode"]) is { } mode && mode != "INLINE")
        {
            Problem($"{at}/{field2}/ProcessorConfig/Mode", $"Mode {mode} is not supported by the local engine; use INLINE");
        }

        var graph = ReadGraph(processor, $"{at}/{field2}", GraphFields);
        if (obj.ContainsKey("MaxConcurrency") && obj.ContainsKey("MaxConcurrencyPath"))
        {
            Problem(at, "MaxConcurrency and MaxConcurrencyPath cannot both be set");
        }

        if (obj.ContainsKey("ToleratedFailureCount") && obj.ContainsKey("ToleratedFailureCountPath"))
        {
            Problem(at, "ToleratedFailureCount and ToleratedFailureCountPath cannot both be set");
        }

        if (obj.ContainsKey("ToleratedFailurePercentage") && obj.ContainsKey("ToleratedFailurePercentagePath"))
        {
            Problem(at, "ToleratedFailurePercentage and ToleratedFailurePercentagePath cannot both be set");
        }

        var itemsPath = PathField(obj, "ItemsPath", at);
        if (itemsPath is null)
        {
            Problem($"{at}/ItemsPath", "ItemsPath must be a path");
        }

        return graph is null ? null : new MapState(name, graph)
        {
            ItemsPath = itemsPath ?? "$",
            ItemSelector = Template(obj, obj.ContainsKey("ItemSelector") ? "ItemSelector" : "Parameters", at),
            MaxConcurrency = (int)(OptionalInt(obj, "MaxConcurrency", at, 0) ?? 0),
            MaxConcurrencyPath = OptionalPath(obj, "MaxConcurrencyPath", at),
            ToleratedFailureCount = (int?)OptionalInt(obj, "ToleratedFailureCount", at, 0),
            ToleratedFailureCountPath = OptionalPath(obj, "ToleratedFailureCountPath", at),
            ToleratedFailurePercentage = OptionalNumber(obj, "ToleratedFailurePercentage", at, 0, 100),
            ToleratedFailurePercentagePath = OptionalPath(obj, "ToleratedFailurePercentagePath", at),
            ResultSelector = (JsonObject?)Template(obj, "ResultSelector", at, mustBeObject: true),
            ResultPath = PathField(obj, "ResultPath", at, reference: true),
            Errors = ReadErrorHandling(obj, at),
        };
    }

    private static string? JsonValuesStr(JsonNode? node) => Paths.JsonValues.AsString(node);
}
