namespace EksProvisioner.Core.Errors;

/// <summary>EKS could not use a freshly created IAM role yet (IAM propagation delay). Retried with backoff for a few minutes.</summary>
public sealed class IamRoleNotReadyException : EksProvisionerException
{
    public IamRoleNotReadyException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
