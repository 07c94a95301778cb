namespace EksProvisioner.Core.Errors;

/// <summary>A wait loop used up its time budget before the resource became ready.</summary>
public sealed class WaitBudgetExhaustedException : EksProvisionerException
{
    public WaitBudgetExhaustedException(string message, Exception? innerException = null)
        : base(message, innerException)
    {
    }

    /// <inheritdoc />
    public override bool IsTransient => false;
}
