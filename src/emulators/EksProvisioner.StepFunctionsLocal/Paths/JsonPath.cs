using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Paths;

/// <summary>
/// A parsed JSONPath in the subset Step Functions accepts: dot and bracket names, indexes (negative from the end),
/// wildcards, slices, unions, deep scan and simple filters, rooted at <c>$</c>, <c>$$</c> or <c>$name</c>.
/// </summary>
internal sealed record JsonPath(string Text, PathRootKind Root, string? Variable, IReadOnlyList<PathSegment> Segments)
{
    /// <summary>True when the path selects at most one node; such paths answer a value, not a list.</summary>
    public bool IsDefinite => Segments.All(s => s.IsDefinite);

    /// <summary>A reference path (the form ResultPath requires): rooted at <c>$</c>, names and indexes only.</summary>
    public bool IsReferencePath => Root == PathRootKind.Data && IsDefinite;

    /// <summary><c>$</c>: the whole input, the default of InputPath, ResultPath and OutputPath.</summary>
    public static JsonPath Whole { get; } = Parse("$");

    /// <summary>True for <c>$</c> itself, which passes data through without selecting or copying.</summary>
    public bool IsWhole => Root == PathRootKind.Data && Segments.Count == 0;

    public static JsonPath Parse(string text) => JsonPathParser.Parse(text);

    /// <summary>Every node the path selects (JSON null values are included as null entries).</summary>
    public List<JsonNode?> Select(JsonNode? data, JsonNode? context, Func<string, (bool Found, JsonNode? Value)>? variables)
    {
        JsonNode? start;
        switch (Root)
        {
            case PathRootKind.Context:
                start = context;
                break;
            case PathRootKind.Variable:
                var variable = variables?.Invoke(Variable!) ?? (false, null);
                if (!variable.Found)
                {
                    return [];
                }

                start = variable.Value;
                break;
            default:
                start = data;
                break;
        }

        List<JsonNode?> current = [start];
        foreach (var segment in Segments)
        {
            var next = new List<JsonNode?>();
            foreach (var node in current)
            {
                Apply(segment, node, next);
            }

            current = next;
        }

        return current;
    }

    private static void Apply(PathSegment segment, JsonNode? node, List<JsonNode?> into)
    {
        switch (segment)
        {
            case NameSegment name when node is JsonObject obj && obj.TryGetPropertyValue(name.Name, out var child):
                into.Add(child);
                break;
            case IndexSegment index when node is JsonArray array:
                var i = index.Index < 0 ? array.Count + index.Index : index.Index;
                if (i >= 0 && i < array.Count)
                {
                    into.Add(array[i]);
                }

                break;
            case WildcardSegment when node is JsonArray array:
                into.AddRange(array);
                break;
            case WildcardSegment when node is JsonObject obj:
                into.AddRange(obj.Select(p => p.Value));
                break;
            case SliceSegment slice when node is JsonArray array:
                AddSlice(slice, array, into);
                break;
            case UnionSegment union:
                foreach (var member in union.Members)
                {
                    Apply(member, node, into);
                }

                break;
            case DeepScanSegment deep:
                Apply(deep.Inner, node, into);
                IEnumerable<JsonNode?> children = node switch
                {
                    JsonObject o => o.Select(p => p.Value),
                    JsonArray a => a,
                    _ => [],
                };
                foreach (var c in children)
                {
                    Apply(segment, c, into);
                }

                break;
            case FilterSegment filter:
                IEnumerable<JsonNode?> candidates = node switch
                {
                    JsonArray a => a,
                    JsonObject o => o.Select(p => p.Value),
                    _ => [],
                };
                into.AddRange(candidates.Where(filter.Filter.Test));
                break;
            default:
                break;
        }
    }

    private static void AddSlice(SliceSegment slice, JsonArray array, List<JsonNode?> into)
    {
        int Norm(int v) => Math.Clamp(v < 0 ? array.Count + v : v, 0, array.Count);
        var start = slice.Start is { } s ? Norm(s) : 0;
        var end = slice.End is { } e ? Norm(e) : array.Count;
        for (var i = start; i < end; i += Math.Max(1, slice.Step))
        {
            into.Add(array[i]);
        }
    }

    /// <summary>
    /// Returns a copy of <paramref name="data"/> with <paramref name="value"/> placed at this reference path,
    /// creating missing objects on the way. Throws when the path crosses a value that is not an object.
    /// </summary>
    public JsonNode? Set(JsonNode? data, JsonNode? value)
    {
        if (Segments.Count == 0)
        {
            return value;
        }

        var root = data?.DeepClone();
        if (root is not (JsonObject or JsonArray))
        {
            throw new JsonException($"cannot apply '{Text}' to a value that is not an object: {JsonValues.ToJson(data)}");
        }

        JsonNode parent = root;
        for (var i = 0; i < Segments.Count; i++)
        {
            var last = i == Segments.Count - 1;
            switch (Segments[i], parent)
            {
                case (NameSegment n, JsonObject obj):
                    if (last)
                    {
                        obj[n.Name] = value;
                        return root;
                    }

                    if (obj[n.Name] is not (JsonObject or JsonArray))
                    {
                        obj[n.Name] = new JsonObject();
                    }

                    parent = obj[n.Name]!;
                    break;
                case (IndexSegment ix, JsonArray arr) when ix.Index >= 0 && ix.Index < arr.Count:
                    if (last)
                    {
                        arr[ix.Index] = value;
                        return root;
                    }

                    parent = arr[ix.Index] ?? throw new JsonException($"cannot apply '{Text}': element {ix.Index} is null");
                    break;
                default:
                    throw new JsonException($"cannot apply '{Text}' to {JsonValues.ToJson(data)}");
            }
        }

        return root;
    }
}
