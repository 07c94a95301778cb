using System.Globalization;
using System.Xml.Linq;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Wire;

/// <summary>
/// Query-protocol (IAM, STS) response bodies: <c>&lt;ActionResponse&gt;&lt;ActionResult&gt;...</c>
/// followed by <c>&lt;ResponseMetadata&gt;&lt;RequestId&gt;</c>, in the service's XML namespace.
/// Lists are <c>&lt;member&gt;</c> elements.
/// </summary>
internal static class QueryXml
{
    public static SimulatedResponse Ok(XNamespace ns, string action, string requestId, params object?[] result)
    {
        var root = new XElement(ns + (action + "Response"));
        if (result.Length > 0)
        {
            root.Add(new XElement(ns + (action + "Result"), Qualify(ns, result)));
        }

        root.Add(new XElement(ns + "ResponseMetadata", new XElement(ns + "RequestId", requestId)));
        return new SimulatedResponse(200, "text/xml", root.ToString(SaveOptions.DisableFormatting));
    }

    public static XElement E(string name, object? content) => new(name, content);

    public static XElement Members(string name, IEnumerable<object> members) =>
        new(name, members.Select(m => new XElement("member", m)));

    public static string Timestamp(DateTimeOffset time) =>
        time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);

    /// <summary>Lists of the Query protocol: <c>Prefix.member.1.Field</c>, numbered from 1.</summary>
    public static IReadOnlyList<IReadOnlyDictionary<string, string>> ListOf(IReadOnlyDictionary<string, string> form, string prefix)
    {
        var items = new List<IReadOnlyDictionary<string, string>>();
        for (var i = 1; ; i++)
        {
            var itemPrefix = $"{prefix}.member.{i.ToString(CultureInfo.InvariantCulture)}";
            var fields = form.Where(p => p.Key == itemPrefix || p.Key.StartsWith(itemPrefix + ".", StringComparison.Ordinal))
                .ToDictionary(p => p.Key == itemPrefix ? string.Empty : p.Key[(itemPrefix.Length + 1)..], p => p.Value, StringComparer.Ordinal);
            if (fields.Count == 0)
            {
                return items;
            }

            items.Add(fields);
        }
    }

    private static IEnumerable<object?> Qualify(XNamespace ns, IEnumerable<object?> content)
    {
        foreach (var item in content)
        {
            if (item is XElement element)
            {
                foreach (var node in element.DescendantsAndSelf())
                {
                    node.Name = ns + node.Name.LocalName;
                }
            }

            yield return item;
        }
    }
}
