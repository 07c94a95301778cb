namespace EksProvisioner.Core.Errors;

/// <summary>
/// Root of every error EksProvisioner raises on purpose. The short type name of each concrete
/// subclass is a public contract: the Lambda runtime loop reports it as <c>errorType</c>, and the
/// state machines match it in <c>Retry</c>/<c>Catch</c> <c>ErrorEquals</c>. Never rename one.
/// </summary>
public abstract class EksProvisionerException : Exception
{
    protected EksProvisionerException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <summary>True when trying the same call again later may succeed.</summary>
    public abstract bool IsTransient { get; }

    /// <summary>The AWS error code behind this error, when it came from AWS.</summary>
    public string? AwsErrorCode { get; init; }

    /// <summary>The HTTP status AWS answered with, when it came from AWS.</summary>
    public int? HttpStatusCode { get; init; }

    /// <summary>The AWS request id, for support cases.</summary>
    public string? RequestId { get; init; }

    /// <summary>The signing name of the AWS service (eks, iam, ec2, sts, states).</summary>
    public string? Service { get; init; }

    /// <summary>The AWS operation that failed, such as CreateCluster.</summary>
    public string? Operation { get; init; }

    /// <summary>The ASL error name: the short type name.</summary>
    public string ErrorName => GetType().Name;
}
