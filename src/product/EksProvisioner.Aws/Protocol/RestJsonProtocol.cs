using System.Text;
using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>rest-json (EKS): URI labels and query members from the model, the rest as a JSON body.</summary>
internal sealed class RestJsonProtocol(string signingName) : IAwsWireProtocol
{
    public AwsWireRequest Marshal(AwsOperation operation, object request)
    {
        var path = new StringBuilder(operation.RequestUri);
        var query = new List<string>();
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var hasBody = false;
        foreach (var member in operation.RequestMembers)
        {
            var value = member.Property.GetValue(request);
            switch (member.Location)
            {
                case AwsMemberLocation.Uri:
                    var label = value is null ? throw new ArgumentException($"{operation.Name} needs {member.Property.Name}", nameof(request)) : WireFormat.Scalar(value);
                    path.Replace("{" + member.WireName + "}", Uri.EscapeDataString(label));
                    break;
                case AwsMemberLocation.QueryString when value is not null:
                    query.AddRange(WireFormat.Values(value).Select(item => Uri.EscapeDataString(member.WireName) + "=" + Uri.EscapeDataString(WireFormat.Scalar(item))));
                    break;
                case AwsMemberLocation.Header when value is not null:
                    headers[member.WireName] = WireFormat.Scalar(value);
                    break;
                case AwsMemberLocation.Body:
                    hasBody = true;
                    break;
            }
        }

        var method = new HttpMethod(operation.HttpMethod);
        var body = hasBody || method == HttpMethod.Post || method == HttpMethod.Put ? JsonBody.Write(operation.RequestMembers, request) : null;
        var pathAndQuery = query.Count == 0 ? path.ToString() : path + "?" + string.Join("&", query);
        return new AwsWireRequest(method, pathAndQuery, headers, body, body is null ? null : "application/json");
    }

    public object Unmarshal(AwsOperation operation, AwsWireResponse response) => JsonBody.Read(operation, response);

    public AwsErrorDetails ParseError(AwsOperation operation, AwsWireResponse response) =>
        JsonErrorParser.Parse(signingName, operation, response);
}
