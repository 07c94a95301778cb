namespace EksProvisioner.Core.Errors;

/// <summary>
/// A create call named a resource that already exists (EntityAlreadyExists, ResourceInUseException on
/// create, *AlreadyExists, EC2 *.Duplicate). Stages adopt the resource when it carries our
/// eksprov:environment tag and otherwise raise <see cref="ResourceOwnershipConflictException"/>.
/// </summary>
public sealed class AwsResourceAlreadyExistsException : EksProvisionerException
{
    public AwsResourceAlreadyExistsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
