using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>query (IAM): POST / with a form body (Action, Version, members); XML answers and errors.</summary>
internal sealed class QueryProtocol(string signingName, string apiVersion) : IAwsWireProtocol
{
    public const string ContentType = "application/x-www-form-urlencoded; charset=utf-8";

    public AwsWireRequest Marshal(AwsOperation operation, object request) =>
        new(
            HttpMethod.Post,
            operation.RequestUri,
            new Dictionary<string, string>(),
            QueryForm.Write(operation.Name, apiVersion, request, operation.RequestMembers),
            ContentType);

    public object Unmarshal(AwsOperation operation, AwsWireResponse response) => QueryXml.Read(operation, response.Body);

    public AwsErrorDetails ParseError(AwsOperation operation, AwsWireResponse response)
    {
        string? code = null;
        string? message = null;
        string? requestId = response.Header("x-amzn-RequestId");
        try
        {
            var document = QueryXml.Parse(response.Body);
            code = First(document, "Code");
            message = First(document, "Message");
            requestId = First(document, "RequestId") ?? First(document, "RequestID") ?? requestId;
        }
        catch (System.Xml.XmlException)
        {
            // Not XML (an HTML error page from a proxy): fall back to the HTTP status alone.
        }

        return new AwsErrorDetails(signingName, operation.Name, string.IsNullOrWhiteSpace(code) ? null : code.Trim(), message, response.StatusCode, requestId);
    }

    private static string? First(System.Xml.Linq.XDocument document, string name) =>
        document.Descendants().FirstOrDefault(e => e.Name.LocalName == name)?.Value;
}
