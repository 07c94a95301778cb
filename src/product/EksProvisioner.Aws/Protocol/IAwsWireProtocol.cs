using EksProvisioner.Aws.Errors;

namespace EksProvisioner.Aws.Protocol;

/// <summary>Turns request records into wire requests and wire answers into response records or error details.</summary>
internal interface IAwsWireProtocol
{
    AwsWireRequest Marshal(AwsOperation operation, object request);

    object Unmarshal(AwsOperation operation, AwsWireResponse response);

    AwsErrorDetails ParseError(AwsOperation operation, AwsWireResponse response);
}
