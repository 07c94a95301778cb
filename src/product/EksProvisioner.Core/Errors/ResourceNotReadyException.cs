namespace EksProvisioner.Core.Errors;

/// <summary>A resource is not in the state the next step needs yet (for example a node group on a cluster that is still CREATING).</summary>
public sealed class ResourceNotReadyException : EksProvisionerException
{
    public ResourceNotReadyException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
