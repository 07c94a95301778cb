namespace EksProvisioner.Core.Errors;

/// <summary>Teardown finished its retries and some resources still exist; the message lists them.</summary>
public sealed class TeardownIncompleteException : EksProvisionerException
{
    public TeardownIncompleteException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
