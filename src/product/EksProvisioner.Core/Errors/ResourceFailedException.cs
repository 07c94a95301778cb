namespace EksProvisioner.Core.Errors;

/// <summary>A resource reached a terminal failure state (cluster FAILED, node group CREATE_FAILED, NAT gateway failed).</summary>
public sealed class ResourceFailedException : EksProvisionerException
{
    public ResourceFailedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
