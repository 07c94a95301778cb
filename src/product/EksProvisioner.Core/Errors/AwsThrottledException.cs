namespace EksProvisioner.Core.Errors;

/// <summary>AWS throttled the call (Throttling, ThrottlingException, RequestLimitExceeded, TooManyRequestsException). Retried with backoff.</summary>
public sealed class AwsThrottledException : EksProvisionerException
{
    public AwsThrottledException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
