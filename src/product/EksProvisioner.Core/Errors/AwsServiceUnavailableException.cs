namespace EksProvisioner.Core.Errors;

/// <summary>AWS answered 5xx, ServerException or ServiceUnavailableException. Retried with backoff.</summary>
public sealed class AwsServiceUnavailableException : EksProvisionerException
{
    public AwsServiceUnavailableException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
