using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>json 1.0 (Step Functions): POST / with <c>X-Amz-Target: {targetPrefix}.{Operation}</c> and every member in the body.</summary>
internal sealed class JsonRpcProtocol(string signingName, string targetPrefix) : IAwsWireProtocol
{
    public const string ContentType = "application/x-amz-json-1.0";

    public AwsWireRequest Marshal(AwsOperation operation, object request)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
        {
            ["X-Amz-Target"] = targetPrefix + "." + operation.Name,
        };
        return new AwsWireRequest(HttpMethod.Post, operation.RequestUri, headers, JsonBody.Write(operation.RequestMembers, request), ContentType);
    }

    public object Unmarshal(AwsOperation operation, AwsWireResponse response) => JsonBody.Read(operation, response);

    public AwsErrorDetails ParseError(AwsOperation operation, AwsWireResponse response) =>
        JsonErrorParser.Parse(signingName, operation, response);
}
