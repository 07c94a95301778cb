using System.Text.Json;
using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// Reads errors of the JSON protocols: the code from the <c>x-amzn-ErrorType</c> header or the body's
/// <c>__type</c>/<c>code</c> (namespace before '#' and suffix after ':' dropped), the message from
/// <c>message</c>/<c>Message</c>, the request id from <c>x-amzn-RequestId</c>.
/// </summary>
internal static class JsonErrorParser
{
    public static AwsErrorDetails Parse(string service, AwsOperation operation, AwsWireResponse response)
    {
        string? code = response.Header("x-amzn-ErrorType");
        string? message = null;
        try
        {
            using var document = JsonDocument.Parse(response.Body.Length == 0 ? "{}"u8.ToArray() : response.Body);
            if (document.RootElement.ValueKind == JsonValueKind.Object)
            {
                code ??= Text(document.RootElement, "__type") ?? Text(document.RootElement, "code") ?? Text(document.RootElement, "Code");
                message = Text(document.RootElement, "message") ?? Text(document.RootElement, "Message");
            }
        }
        catch (JsonException)
        {
            // Not JSON (a proxy's HTML page, say): keep the header code and status; the body is not AWS's.
        }

        var requestId = response.Header("x-amzn-RequestId") ?? response.Header("x-amz-request-id");
        return new AwsErrorDetails(service, operation.Name, Clean(code), message, response.StatusCode, requestId);
    }

    internal static string? Clean(string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return null;
        }

        var colon = code.IndexOf(':', StringComparison.Ordinal);
        if (colon >= 0)
        {
            code = code[..colon];
        }

        var hash = code.LastIndexOf('#');
        return (hash >= 0 ? code[(hash + 1)..] : code).Trim();
    }

    private static string? Text(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
