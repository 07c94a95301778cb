namespace EksProvisioner.StepFunctionsLocal.Intrinsics;

/// <summary>An intrinsic function failed at run time; the engine reports it as States.IntrinsicFailure.</summary>
public sealed class IntrinsicFailureException : Exception
{
    public IntrinsicFailureException(string message)
        : base(message)
    {
    }

    public IntrinsicFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public IntrinsicFailureException()
    {
    }
}
