using System.Globalization;
using System.Text.Json;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>
/// What the field readers cannot see, found in one walk over the document as parsed: a field given twice
/// in one object (JSON leaves its meaning undefined, and JsonNode fails on it when read), and control
/// characters in any string or field name (a trailing newline would slip past a <c>$</c> anchor, and none
/// belongs in a name, tag or ticket).
/// </summary>
internal static class DocumentScan
{
    /// <summary>Reports both kinds of problem; true when a field is given twice (the document then cannot be read as nodes).</summary>
    public static bool Check(JsonElement element, ProblemList problems) => Walk(element, JsonPath.Root, problems, text: true);

    /// <summary>Reports fields given twice only, for a document that is not yet known to be a request (a Jira issue).</summary>
    public static bool CheckDuplicates(JsonElement element, ProblemList problems) => Walk(element, JsonPath.Root, problems, text: false);

    private static bool Walk(JsonElement element, string path, ProblemList problems, bool text)
    {
        var duplicates = false;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                var seen = new HashSet<string>(StringComparer.Ordinal);
                foreach (var property in element.EnumerateObject())
                {
                    var at = JsonPath.Property(path, property.Name);
                    if (!seen.Add(property.Name))
                    {
                        problems.Add(at, "is given twice in the same object; give each field once");
                        duplicates = true;
                    }

                    if (text)
                    {
                        CheckText(property.Name, at, "field name", problems);
                    }

                    duplicates |= Walk(property.Value, at, problems, text);
                }

                break;
            case JsonValueKind.Array:
                var index = 0;
                foreach (var item in element.EnumerateArray())
                {
                    duplicates |= Walk(item, JsonPath.Index(path, index++), problems, text);
                }

                break;
            case JsonValueKind.String when text:
                CheckText(element.GetString()!, path, "value", problems);
                break;
        }

        return duplicates;
    }

    private static void CheckText(string text, string path, string what, ProblemList problems)
    {
        var at = text.AsSpan().IndexOfAnyInRange('\0', '\u001f');
        at = at >= 0 ? at : text.AsSpan().IndexOfAnyInRange('\u007f', '\u009f');
        if (at >= 0)
        {
            var code = ((int)text[at]).ToString("X4", CultureInfo.InvariantCulture);
            problems.Add(path, $"the {what} contains the control character U+{code}; remove it (no field allows line breaks, tabs or other control characters)");
        }
    }
}
