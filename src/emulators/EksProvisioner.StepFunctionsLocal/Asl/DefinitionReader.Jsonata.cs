using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Jsonata;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// JSONata states (AWS: "Transforming data with JSONata in Step Functions"): the five JSONPath fields give way to
/// <c>Arguments</c> and <c>Output</c>, and <c>{% expression %}</c> strings are parsed with the definition.
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>The fields only JSONPath states have; a JSONata state naming one is refused.</summary>
    public static readonly HashSet<string> JsonPathOnlyFields =
        [
            "InputPath", "OutputPath", "Parameters", "ResultSelector", "ResultPath", "ItemsPath", "SecondsPath", "TimestampPath",
            "ErrorPath", "CausePath", "TimeoutSecondsPath", "HeartbeatSecondsPath", "MaxConcurrencyPath",
        ];

    /// <summary>The top-level QueryLanguage, which every state inherits unless it sets its own.</summary>
    public bool JsonataByDefault { get; private set; }

    /// <summary>Whether the state being read is a JSONata state (its Catch entries read Output and Assign as JSONata).</summary>
    public bool InJsonataState { get; set; }

    /// <summary>Whether a state's own QueryLanguage, or the inherited one, is JSONata.</summary>
    public bool IsJsonata(JsonObject obj) => obj["QueryLanguage"] is { } ql ? Str(ql) == "JSONata" : JsonataByDefault;

    /// <summary>A JSONata state's allowed fields: its type's, without the JSONPath-only ones, with Arguments and Output.</summary>
    public static HashSet<string> JsonataFields(IReadOnlySet<string> fields, DataFlowFields dataFlow)
    {
        var allowed = new HashSet<string>(fields.Except(JsonPathOnlyFields), StringComparer.Ordinal);
        if (dataFlow.HasFlag(DataFlowFields.OutputPath))
        {
            allowed.Add("Output");
        }

        // Pass has Parameters in JSONPath but no Arguments in JSONata; Task and Parallel have both.
        if (dataFlow.HasFlag(DataFlowFields.ResultSelector))
        {
            allowed.Add("Arguments");
        }

        // A Map's ItemsPath becomes Items.
        if (fields.Contains("ItemsPath"))
        {
            allowed.Add("Items");
        }

        return allowed;
    }

    /// <summary>A state's (or a catcher's, under <paramref name="fieldPrefix"/> such as <c>Catch[0]/</c>) Arguments, Output and Assign.</summary>
    public JsonataDataFlow ReadJsonataDataFlow(JsonObject obj, string at, string fieldPrefix = "") => new()
    {
        Arguments = obj.TryGetPropertyValue("Arguments", out var arguments) ? JsonataValue(arguments, at, fieldPrefix + "Arguments") : null,
        OutputTemplate = obj.TryGetPropertyValue("Output", out var output) ? JsonataValue(output, at, fieldPrefix + "Output") : null,
        Assignments = obj["Assign"] is JsonObject assign
            ? [.. assign.Select(entry => (entry.Key, JsonataValue(entry.Value, at, $"{fieldPrefix}Assign/{entry.Key}")))]
            : null,
    };

    /// <summary>
    /// The value of <paramref name="field"/> (a path relative to the state, as AWS names it in causes: <c>Output/a[0]</c>)
    /// of the state at <paramref name="at"/>: its <c>{% %}</c> strings, at any depth, are JSONata expressions; the rest is literal.
    /// </summary>
    public JsonataTemplate JsonataValue(JsonNode? node, string at, string field) => Template(node, $"{at}/{field.Replace('[', '/').Replace("]", "", StringComparison.Ordinal)}", field);

    /// <summary>Splits a list entry's location (<c>/States/C/Choices/1</c>) into its state's and AWS's field prefix (<c>Choices[1]/</c>).</summary>
    public static (string At, string FieldPrefix) ListEntry(string loc)
    {
        var index = loc.LastIndexOf('/');
        var list = loc.LastIndexOf('/', index - 1);
        return (loc[..list], $"{loc[(list + 1)..index]}[{loc[(index + 1)..]}]/");
    }

    private JsonataTemplate Template(JsonNode? node, string location, string field)
    {
        switch (node)
        {
            case JsonObject o:
                return new JsonataTemplate(null, null, [.. o.Select(e => (e.Key, Template(e.Value, $"{location}/{e.Key}", $"{field}/{e.Key}")))], null);
            case JsonArray a:
                return new JsonataTemplate(null, null, null, [.. a.Select((item, i) => Template(item, $"{location}/{i}", $"{field}[{i}]"))]);
            default:
                var text = Str(node);
                if (text is null || !text.StartsWith("{%", StringComparison.Ordinal) || !text.EndsWith("%}", StringComparison.Ordinal) || text.Length < 4)
                {
                    return new JsonataTemplate(node?.DeepClone(), null, null, null);
                }

                try
                {
                    return new JsonataTemplate(null, JsonataExpression.Parse(text[2..^2]), null, null) { Field = field };
                }
                catch (JsonataException e)
                {
                    Problem(location, $"invalid JSONata expression: {e.Message}");
                    return new JsonataTemplate(null, null, null, null);
                }
        }
    }

    private void ReadTopLevelQueryLanguage(JsonObject obj) => JsonataByDefault = Str(obj["QueryLanguage"]) == "JSONata";
}
