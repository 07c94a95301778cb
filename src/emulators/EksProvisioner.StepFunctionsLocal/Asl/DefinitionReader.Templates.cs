using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Intrinsics;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// Template readers: payload templates, <c>.$</c> values (paths and intrinsic functions) and Assign blocks are
/// parsed here, once. An invalid part is reported and replaced by a placeholder (the definition is discarded anyway).
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>A payload template (Parameters, ResultSelector, ItemSelector): checks and parses every <c>.$</c> value.</summary>
    public PayloadTemplate? Template(JsonObject obj, string field, string location, bool mustBeObject = false)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return null;
        }

        if (mustBeObject && node is not JsonObject)
        {
            Problem($"{location}/{field}", $"{field} must be an object");
            return null;
        }

        return Template(node, $"{location}/{field}");
    }

    private PayloadTemplate Template(JsonNode? node, string location) => node switch
    {
        JsonObject o => new ObjectTemplate(Entries(o, location)),
        JsonArray a => new ArrayTemplate(a.Select((item, i) => Template(item, $"{location}/{i}")).ToList()),
        _ => new LiteralTemplate(node?.DeepClone()),
    };

    private List<TemplateEntry> Entries(JsonObject o, string location)
    {
        var entries = new List<TemplateEntry>();
        foreach (var (key, value) in o)
        {
            var at = $"{location}/{key}";
            entries.Add(key.EndsWith(".$", StringComparison.Ordinal)
                ? new TemplateEntry(key[..^2], Dynamic(value, at) is { } d ? new DynamicTemplate(d, key) : new LiteralTemplate(null))
                : new TemplateEntry(key, Template(value, at)));
        }

        return entries;
    }

    /// <summary>The value of a <c>.$</c> field, ErrorPath or CausePath: a path or an intrinsic function.</summary>
    public DynamicValue? Dynamic(JsonNode? value, string location)
    {
        var text = Str(value);
        if (text is null)
        {
            Problem(location, "a field ending in '.$' must have a string value (a path or an intrinsic function)");
            return null;
        }

        if (!IntrinsicExpression.IsIntrinsic(text))
        {
            return new PathValue(Path(text, location, reference: false));
        }

        var issues = new List<string>();
        var expression = IntrinsicExpression.TryParse(text, issues);
        foreach (var issue in issues)
        {
            Problem(location, $"invalid intrinsic function: {issue}");
        }

        return expression is null ? null : new IntrinsicValue(expression);
    }

    /// <summary>An Assign block: a template object whose keys (without <c>.$</c>) are variable names.</summary>
    public Assignment? Assign(JsonObject obj, string location)
    {
        if (Template(obj, "Assign", location, mustBeObject: true) is not ObjectTemplate assign)
        {
            return null;
        }

        foreach (var (key, _) in obj["Assign"]!.AsObject())
        {
            var name = key.EndsWith(".$", StringComparison.Ordinal) ? key[..^2] : key;
            if (name.Length == 0 || !(char.IsLetter(name[0]) || name[0] == '_') || !name.All(c => char.IsLetterOrDigit(c) || c == '_'))
            {
                Problem($"{location}/Assign/{key}", $"'{name}' is not a valid variable name");
            }
        }

        return new Assignment(assign.Entries);
    }

    /// <summary>The JSONPath data-flow fields a state type has (<paramref name="fields"/>), each parsed once.</summary>
    public JsonPathDataFlow ReadJsonPathDataFlow(JsonObject obj, string at, DataFlowFields fields) => new()
    {
        InputPath = fields.HasFlag(DataFlowFields.InputPath) ? PathField(obj, "InputPath", at) : JsonPath.Whole,
        Parameters = fields.HasFlag(DataFlowFields.Parameters) ? Template(obj, "Parameters", at) : null,
        ResultSelector = fields.HasFlag(DataFlowFields.ResultSelector) ? Template(obj, "ResultSelector", at, mustBeObject: true) : null,
        ResultPath = fields.HasFlag(DataFlowFields.ResultPath) ? PathField(obj, "ResultPath", at, reference: true) : JsonPath.Whole,
        OutputPath = fields.HasFlag(DataFlowFields.OutputPath) ? PathField(obj, "OutputPath", at) : JsonPath.Whole,
        Assignments = fields.HasFlag(DataFlowFields.Assign) ? Assign(obj, at) : null,
    };
}
