namespace EksProvisioner.AwsSimulator.Wire;

/// <summary>The wire protocols of the botocore service models, as far as error shapes differ.</summary>
internal enum WireProtocol
{
    /// <summary>EC2's own Query dialect: &lt;Response&gt;&lt;Errors&gt;&lt;Error&gt;.</summary>
    Ec2Query,

    /// <summary>IAM and STS Query: &lt;ErrorResponse&gt;&lt;Error&gt;&lt;Type&gt;.</summary>
    Query,

    /// <summary>JSON 1.0 (Step Functions): {"__type", "message"}.</summary>
    Json,

    /// <summary>JSON 1.1 (Resource Groups Tagging): the same body as JSON 1.0, its own content type.</summary>
    Json11,

    /// <summary>REST-JSON (EKS, Lambda): x-amzn-ErrorType header and {"message"}.</summary>
    RestJson,
}
