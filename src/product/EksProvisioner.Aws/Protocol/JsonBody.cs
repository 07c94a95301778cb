using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.Aws.Protocol;

/// <summary>Builds and reads JSON bodies from the body members of a request or response record.</summary>
internal static class JsonBody
{
    public static byte[] Write(IEnumerable<AwsMember> members, object request)
    {
        var body = new JsonObject();
        foreach (var member in members)
        {
            var value = member.Property.GetValue(request);
            if (member.Location == AwsMemberLocation.Body && value is not null)
            {
                body[member.WireName] = JsonSerializer.SerializeToNode(value, member.Property.PropertyType, AwsJson.Options);
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(body, AwsJson.Options);
    }

    public static object Read(AwsOperation operation, AwsWireResponse response) =>
        !operation.HasOutput || response.Body.Length == 0
            ? Activator.CreateInstance(operation.ResponseType)!
            : JsonSerializer.Deserialize(response.Body, operation.ResponseType, AwsJson.Options)!;
}
