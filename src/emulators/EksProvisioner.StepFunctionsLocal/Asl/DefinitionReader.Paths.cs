using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>
/// Path readers: every path is parsed here, once, into the form evaluation uses. An invalid one is reported and
/// replaced by <c>$</c> (the definition is discarded anyway).
/// </summary>
internal sealed partial class DefinitionReader
{
    /// <summary>A Path field: absent is <c>$</c>, JSON null is null (discard), otherwise a valid path.</summary>
    public JsonPath? PathField(JsonObject obj, string field, string location, bool reference = false)
    {
        if (!obj.TryGetPropertyValue(field, out var node))
        {
            return JsonPath.Whole;
        }

        if (node is null)
        {
            return null;
        }

        if (Str(node) is not { } text)
        {
            Problem($"{location}/{field}", $"{field} must be a path string or null");
            return JsonPath.Whole;
        }

        return Path(text, $"{location}/{field}", reference);
    }

    /// <summary>An optional field holding a path (SecondsPath, ItemsPath-like fields); null when absent.</summary>
    public JsonPath? OptionalPath(JsonObject obj, string field, string location) =>
        OptionalString(obj, field, location) is { } text ? Path(text, $"{location}/{field}", reference: false) : null;

    /// <summary>Parses <paramref name="text"/>; an invalid path is reported and answered as <c>$</c>.</summary>
    public JsonPath Path(string text, string location, bool reference)
    {
        if (!JsonPathParser.TryParse(text, out var path, out var error))
        {
            Problem(location, $"invalid JSONPath: {error}");
            return JsonPath.Whole;
        }

        if (reference && !path!.IsReferencePath)
        {
            Problem(location, $"'{text}' must be a reference path (rooted at $, names and indexes only)");
        }

        return path!;
    }
}
