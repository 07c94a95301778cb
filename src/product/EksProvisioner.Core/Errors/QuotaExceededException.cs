namespace EksProvisioner.Core.Errors;

/// <summary>An account quota or service limit was reached (any *LimitExceeded* code). Not retried: it needs a quota increase or a cleanup.</summary>
public sealed class QuotaExceededException : EksProvisionerException
{
    public QuotaExceededException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
