using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// The json protocol (Step Functions 1.0, Resource Groups Tagging 1.1): POST / with
/// <c>X-Amz-Target: {targetPrefix}.{Operation}</c>, <c>Content-Type: application/x-amz-json-{jsonVersion}</c>
/// and every member in the body.
/// </summary>
internal sealed class JsonRpcProtocol(string signingName, string targetPrefix, string jsonVersion = "1.0") : IAwsWireProtocol
{
    private readonly string _contentType = "application/x-amz-json-" + jsonVersion;

    public AwsWireRequest Marshal(AwsOperation operation, object request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Amz-Target"] = targetPrefix + "." + operation.Name,
        };
        return new AwsWireRequest(HttpMethod.Post, operation.RequestUri, headers, JsonBody.Write(operation.RequestMembers, request), _contentType);
    }

    public object Unmarshal(AwsOperation operation, AwsWireResponse response) => JsonBody.Read(operation, response);

    public AwsErrorDetails ParseError(AwsOperation operation, AwsWireResponse response) =>
        JsonErrorParser.Parse(signingName, operation, response);
}
