using System.Globalization;
using System.Text;

namespace EksProvisioner.StepFunctionsLocal.Jsonata.Runtime;

/// <summary><c>$string</c>: strings as they are, everything else as <c>JSON.stringify</c> writes it.</summary>
internal static class JsonataText
{
    public static string? Of(object? value, bool prettify = false)
    {
        switch (value)
        {
            case null:
                return null;
            case string s:
                return s;
            case JsonataFunction:
                return string.Empty;
            case double d when !double.IsFinite(d):
                throw new JsonataException("D3001", 0, null);
        }

        if (value is JsonataArray { OuterWrapper: true, Count: > 0 } wrapped)
        {
            value = wrapped[0];
        }

        var builder = new StringBuilder();
        Write(builder, value, prettify ? 0 : -1);
        return builder.ToString();
    }

    private static void Write(StringBuilder into, object? value, int indent)
    {
        switch (value)
        {
            case null or JsonataNull:
                into.Append("null");
                break;
            case bool b:
                into.Append(b ? "true" : "false");
                break;
            case double d:
                into.Append(double.IsFinite(d) ? JsNumber.ToStringForOutput(d) : "null");
                break;
            case string s:
                Quote(into, s);
                break;
            case JsonataFunction:
                into.Append("\"\"");
                break;
            case JsonataArray array:
                WriteList(into, '[', ']', array.Select(v => ((string?)null, v)), indent);
                break;
            case OrderedDictionary<string, object?> obj:
                WriteList(into, '{', '}', obj.Where(p => p.Value is not null).Select(p => ((string?)p.Key, p.Value)), indent);
                break;
        }
    }

    private static void WriteList(StringBuilder into, char open, char close, IEnumerable<(string? Key, object? Value)> items, int indent)
    {
        into.Append(open);
        var first = true;
        var inner = indent < 0 ? -1 : indent + 2;
        foreach (var (key, value) in items)
        {
            into.Append(first ? string.Empty : ",");
            first = false;
            if (inner >= 0)
            {
                into.Append('\n').Append(' ', inner);
            }

            if (key is not null)
            {
                Quote(into, key);
                into.Append(inner >= 0 ? ": " : ":");
            }

            Write(into, value, inner);
        }

        if (!first && inner >= 0)
        {
            into.Append('\n').Append(' ', indent);
        }

        into.Append(close);
    }

    public static void Quote(StringBuilder into, string s)
    {
        into.Append('"');
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': into.Append("\\\""); break;
                case '\\': into.Append("\\\\"); break;
                case '\b': into.Append("\\b"); break;
                case '\f': into.Append("\\f"); break;
                case '\n': into.Append("\\n"); break;
                case '\r': into.Append("\\r"); break;
                case '\t': into.Append("\\t"); break;
                case < ' ': into.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture)); break;
                default: into.Append(c); break;
            }
        }

        into.Append('"');
    }
}
