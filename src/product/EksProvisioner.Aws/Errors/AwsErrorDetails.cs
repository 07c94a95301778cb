namespace EksProvisioner.Aws.Errors;

/// <summary>
/// An AWS error as it came off the wire (or out of an AWS SDK exception), before mapping.
/// </summary>
/// <param name="Service">The signing name (eks, iam, states, ec2, sts).</param>
/// <param name="Operation">The operation, such as CreateCluster.</param>
/// <param name="Code">AWS's error code, such as ResourceNotFoundException; null when the answer had none.</param>
/// <param name="Message">AWS's message.</param>
/// <param name="HttpStatusCode">The HTTP status; null for transport failures.</param>
/// <param name="RequestId">The AWS request id.</param>
public sealed record AwsErrorDetails(
    string Service,
    string Operation,
    string? Code,
    string? Message,
    int? HttpStatusCode,
    string? RequestId);
