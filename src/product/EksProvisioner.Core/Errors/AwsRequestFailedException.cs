namespace EksProvisioner.Core.Errors;

/// <summary>Any other AWS error that is not worth retrying; AwsErrorCode carries AWS's code.</summary>
public sealed class AwsRequestFailedException : EksProvisionerException
{
    public AwsRequestFailedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
