namespace EksProvisioner.Core.Errors;

/// <summary>AWS refused the call for lack of permission (AccessDenied, UnauthorizedOperation, AccessDeniedException).</summary>
public sealed class AwsAccessDeniedException : EksProvisionerException
{
    public AwsAccessDeniedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
