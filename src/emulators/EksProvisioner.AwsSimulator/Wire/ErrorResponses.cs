using System.Security;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator.Wire;

/// <summary>
/// AWS error bodies in each protocol's shape, so that injected faults and rule violations look to
/// every SDK like the real service's errors.
/// </summary>
internal static class ErrorResponses
{
    /// <summary>The protocol a signing name speaks.</summary>
    public static WireProtocol ProtocolOf(string service) => service switch
    {
        "ec2" => WireProtocol.Ec2Query,
        "iam" or "sts" or "elasticloadbalancing" => WireProtocol.Query,
        "eks" or "lambda" => WireProtocol.RestJson,
        "tagging" => WireProtocol.Json11,
        _ => WireProtocol.Json,
    };

    public static SimulatedResponse For(string service, string code, int status, string message, string requestId) =>
        For(ProtocolOf(service), code, status, message, requestId);

    public static SimulatedResponse For(WireProtocol protocol, string code, int status, string message, string requestId)
    {
        switch (protocol)
        {
            case WireProtocol.Ec2Query:
                return new SimulatedResponse(
                    status,
                    "text/xml",
                    $"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Response><Errors><Error><Code>{Xml(code)}</Code><Message>{Xml(message)}</Message></Error></Errors><RequestID>{Xml(requestId)}</RequestID></Response>");
            case WireProtocol.Query:
                var type = status >= 500 ? "Receiver" : "Sender";
                return new SimulatedResponse(
                    status,
                    "text/xml",
                    $"<ErrorResponse xmlns=\"https://iam.amazonaws.com/doc/2010-05-08/\"><Error><Type>{type}</Type><Code>{Xml(code)}</Code><Message>{Xml(message)}</Message></Error><RequestId>{Xml(requestId)}</RequestId></ErrorResponse>");
            case WireProtocol.RestJson:
                return new SimulatedResponse(
                    status,
                    "application/json",
                    new JsonObject { ["message"] = message }.ToJsonString(),
                    new Dictionary<string, string> { ["x-amzn-ErrorType"] = code, ["x-amzn-RequestId"] = requestId });
            default:
                return new SimulatedResponse(
                    status,
                    protocol == WireProtocol.Json11 ? "application/x-amz-json-1.1" : "application/x-amz-json-1.0",
                    new JsonObject { ["__type"] = code, ["message"] = message }.ToJsonString(),
                    new Dictionary<string, string> { ["x-amzn-RequestId"] = requestId });
        }
    }

    private static string Xml(string text) => SecurityElement.Escape(text) ?? string.Empty;
}
