namespace EksProvisioner.Core.Errors;

/// <summary>A delete was refused because something still depends on the resource (DependencyViolation, DeleteConflict, ResourceInUseException on delete). Retried during teardown.</summary>
public sealed class DependencyStillPresentException : EksProvisionerException
{
    public DependencyStillPresentException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => true;
}
