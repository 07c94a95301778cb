using System.Globalization;
using System.Xml.Linq;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// Reads query-protocol XML answers into response records: <c>&lt;{Op}Response&gt;&lt;{Op}Result&gt;</c>
/// holds the members by name, lists as <c>&lt;member&gt;</c> elements, timestamps in ISO 8601.
/// Namespaces are ignored (IAM sets a default one; emulators sometimes do not).
/// </summary>
internal static class QueryXml
{
    public static object Read(AwsOperation operation, byte[] body)
    {
        if (!operation.HasOutput || body.Length == 0)
        {
            return Activator.CreateInstance(operation.ResponseType)!;
        }

        var root = Parse(body).Root!;
        var result = root.Elements().FirstOrDefault(e => e.Name.LocalName == operation.Name + "Result") ?? root;
        return ReadStructure(result, operation.ResponseType);
    }

    public static XDocument Parse(byte[] body)
    {
        using var stream = new MemoryStream(body);
        return XDocument.Load(stream);
    }

    private static object ReadStructure(XElement element, Type type)
    {
        var instance = Activator.CreateInstance(type)!;
        foreach (var member in AwsMember.Of(type, AwsProtocol.Query))
        {
            var child = element.Elements().FirstOrDefault(e => e.Name.LocalName == member.WireName);
            if (child is not null)
            {
                member.Property.SetValue(instance, ReadValue(child, member.Property.PropertyType));
            }
        }

        return instance;
    }

    private static object? ReadValue(XElement element, Type type)
    {
        var scalar = Nullable.GetUnderlyingType(type) ?? type;
        if (scalar == typeof(string))
        {
            return element.Value;
        }

        if (scalar == typeof(int))
        {
            return int.Parse(element.Value, CultureInfo.InvariantCulture);
        }

        if (scalar == typeof(long))
        {
            return long.Parse(element.Value, CultureInfo.InvariantCulture);
        }

        if (scalar == typeof(bool))
        {
            return bool.Parse(element.Value);
        }

        if (scalar == typeof(DateTimeOffset))
        {
            return DateTimeOffset.Parse(element.Value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
        }

        if (scalar.IsGenericType && scalar.GetGenericArguments().Length == 1)
        {
            var itemType = scalar.GetGenericArguments()[0];
            var list = (System.Collections.IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(itemType))!;
            foreach (var item in element.Elements().Where(e => e.Name.LocalName == "member"))
            {
                list.Add(ReadValue(item, itemType));
            }

            return list;
        }

        return ReadStructure(element, scalar);
    }
}
