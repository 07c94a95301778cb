using System.Collections.Concurrent;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// One member of a request or response shape: the C# property, where it travels, and its wire name.
/// The marshallers and the model-conformance test read the same list, so what is checked is what is sent.
/// </summary>
public sealed record AwsMember(PropertyInfo Property, AwsMemberLocation Location, string WireName)
{
    private static readonly ConcurrentDictionary<(Type, AwsProtocol), IReadOnlyList<AwsMember>> Cache = new();

    /// <summary>The members of <paramref name="type"/> as <paramref name="protocol"/> names them.</summary>
    public static IReadOnlyList<AwsMember> Of(Type type, AwsProtocol protocol) =>
        Cache.GetOrAdd((type, protocol), static key => Build(key.Item1, key.Item2));

    private static IReadOnlyList<AwsMember> Build(Type type, AwsProtocol protocol)
    {
        var members = new List<AwsMember>();
        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            if (property.GetCustomAttribute<JsonIgnoreAttribute>() is not null || property.GetIndexParameters().Length > 0)
            {
                continue;
            }

            var location = property.GetCustomAttribute<AwsLocationAttribute>();
            var wireName = location?.LocationName
                ?? property.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name
                ?? (protocol == AwsProtocol.Query ? property.Name : JsonNamingPolicy.CamelCase.ConvertName(property.Name));
            members.Add(new AwsMember(property, location?.Location ?? AwsMemberLocation.Body, wireName));
        }

        return members;
    }
}
