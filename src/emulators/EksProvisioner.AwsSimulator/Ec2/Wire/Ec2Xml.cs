using System.Globalization;
using System.Xml.Linq;

namespace EksProvisioner.AwsSimulator.Ec2.Wire;

/// <summary>
/// Writes EC2 Query responses: elements in the EC2 namespace named by the model's locationName,
/// lists as <c>&lt;xxxSet&gt;&lt;item&gt;</c>, booleans lower case, timestamps ISO 8601 in UTC.
/// Null content is dropped, so optional members simply vanish, as in AWS answers.
/// </summary>
internal static class Ec2Xml
{
    public static readonly XNamespace Ns = "http://ec2.amazonaws.com/doc/2016-11-15/";

    public static XElement E(string name, params object?[] content) => new(Ns + name, content);

    /// <summary>An element only when <paramref name="value"/> is present.</summary>
    public static XElement? Opt(string name, string? value) => value is null ? null : E(name, value);

    public static XElement Bool(string name, bool value) => E(name, value ? "true" : "false");

    public static XElement Int(string name, long value) => E(name, value.ToString(CultureInfo.InvariantCulture));

    public static XElement Time(string name, DateTimeOffset value) =>
        E(name, value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));

    /// <summary>A list: <c>&lt;name&gt;&lt;item&gt;...&lt;/item&gt;&lt;/name&gt;</c>, one item per content array.</summary>
    public static XElement Set<T>(string name, IEnumerable<T> items, Func<T, object?[]> item) =>
        E(name, items.Select(i => E("item", item(i))));

    public static XElement TagSet(IReadOnlyDictionary<string, string> tags) =>
        Set("tagSet", tags, t => [E("key", t.Key), E("value", t.Value)]);

    /// <summary>The whole success document, <c>&lt;{Action}Response&gt;</c> with its requestId first.</summary>
    public static string Document(string action, string requestId, IEnumerable<object?> content)
    {
        var root = E(action + "Response", E("requestId", requestId), content);
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
    }

    /// <summary>EC2's error document: no namespace, <c>RequestID</c> spelled in capitals.</summary>
    public static string ErrorDocument(string code, string message, string requestId)
    {
        var root = new XElement(
            "Response",
            new XElement("Errors", new XElement("Error", new XElement("Code", code), new XElement("Message", message))),
            new XElement("RequestID", requestId));
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + root.ToString(SaveOptions.DisableFormatting);
    }
}
