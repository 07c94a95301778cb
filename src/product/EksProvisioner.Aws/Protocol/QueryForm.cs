using System.Collections;
using System.Text;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// Flattens a request record into query-protocol form parameters: scalars by name, lists as
/// <c>Name.member.N</c>, structures as <c>Name.Field</c> (so tags become <c>Tags.member.1.Key</c>).
/// </summary>
internal static class QueryForm
{
    public static byte[] Write(string action, string version, object request, IEnumerable<AwsMember> members)
    {
        var pairs = new List<KeyValuePair<string, string>> { new("Action", action), new("Version", version) };
        Flatten(pairs, string.Empty, request, members);
        var form = string.Join("&", pairs.Select(pair => Uri.EscapeDataString(pair.Key) + "=" + Uri.EscapeDataString(pair.Value)));
        return Encoding.UTF8.GetBytes(form);
    }

    private static void Flatten(List<KeyValuePair<string, string>> pairs, string prefix, object value, IEnumerable<AwsMember> members)
    {
        foreach (var member in members)
        {
            var memberValue = member.Property.GetValue(value);
            if (memberValue is not null)
            {
                Add(pairs, prefix + member.WireName, memberValue);
            }
        }
    }

    private static void Add(List<KeyValuePair<string, string>> pairs, string name, object value)
    {
        if (value is IDictionary)
        {
            throw new NotSupportedException($"{name}: maps are not used by the IAM operations we call");
        }

        if (value is IEnumerable items and not string)
        {
            var index = 0;
            foreach (var item in items)
            {
                Add(pairs, $"{name}.member.{++index}", item);
            }

            return;
        }

        if (IsStructure(value.GetType()))
        {
            Flatten(pairs, name + ".", value, AwsMember.Of(value.GetType(), AwsProtocol.Query));
            return;
        }

        pairs.Add(new(name, WireFormat.Scalar(value)));
    }

    internal static bool IsStructure(Type type) =>
        type.IsClass && type != typeof(string) && !typeof(IEnumerable).IsAssignableFrom(type);
}
