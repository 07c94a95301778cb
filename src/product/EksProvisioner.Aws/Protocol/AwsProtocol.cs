namespace EksProvisioner.Aws.Protocol;

/// <summary>The wire protocols of the services we talk to, as named in the botocore service models.</summary>
public enum AwsProtocol
{
    /// <summary>rest-json (EKS): members in the URI, query string, headers and a JSON body.</summary>
    RestJson,

    /// <summary>json 1.0 (Step Functions): POST /, X-Amz-Target names the operation, JSON body.</summary>
    Json,

    /// <summary>query (IAM): form-encoded Action/Version parameters, XML answers.</summary>
    Query,
}
