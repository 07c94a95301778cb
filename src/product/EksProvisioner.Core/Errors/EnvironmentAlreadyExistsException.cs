namespace EksProvisioner.Core.Errors;

/// <summary>
/// A provisioning found the environment already there (its cluster, or resources another provisioning
/// tagged): it creates nothing and, having created nothing, rolls nothing back.
/// </summary>
public sealed class EnvironmentAlreadyExistsException : EksProvisionerException
{
    public EnvironmentAlreadyExistsException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
