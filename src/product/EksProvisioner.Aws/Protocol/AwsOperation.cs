namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// Describes one AWS operation as its service model does: HTTP method, request URI template, and the
/// C# request and response types whose members (see <see cref="AwsMember"/>) carry the model's names
/// and locations. Used by the clients to build requests and by tests to check them against botocore.
/// </summary>
/// <param name="ServiceId">The model's serviceId (EKS, IAM, SFN).</param>
/// <param name="Name">The operation name, such as CreateCluster.</param>
/// <param name="HttpMethod">The model's http.method.</param>
/// <param name="RequestUri">The model's http.requestUri template, such as /clusters/{name}.</param>
/// <param name="Protocol">The wire protocol.</param>
/// <param name="RequestType">The request record type.</param>
/// <param name="ResponseType">The response record type.</param>
/// <param name="HasOutput">False when the model has no output shape (the response record is then empty).</param>
public sealed record AwsOperation(
    string ServiceId,
    string Name,
    string HttpMethod,
    string RequestUri,
    AwsProtocol Protocol,
    Type RequestType,
    Type ResponseType,
    bool HasOutput = true)
{
    /// <summary>The request members with their locations and wire names.</summary>
    public IReadOnlyList<AwsMember> RequestMembers => AwsMember.Of(RequestType, Protocol);

    /// <summary>The top-level response members with their wire names.</summary>
    public IReadOnlyList<AwsMember> ResponseMembers => AwsMember.Of(ResponseType, Protocol);
}
