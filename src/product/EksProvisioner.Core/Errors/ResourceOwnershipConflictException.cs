namespace EksProvisioner.Core.Errors;

/// <summary>A resource with the name we need already exists and does not carry our eksprov:environment tag for this environment. We never adopt or delete it.</summary>
public sealed class ResourceOwnershipConflictException : EksProvisionerException
{
    public ResourceOwnershipConflictException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
