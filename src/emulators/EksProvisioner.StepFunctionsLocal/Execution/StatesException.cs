namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>An ASL error raised while running a state: the name Retry/Catch match, and its cause.</summary>
internal sealed class StatesException : Exception
{
    public StatesException(string error, string? cause)
        : base($"{error}: {cause}")
    {
        Error = error;
        Cause = cause;
    }

    public StatesException()
        : this(StatesErrors.Runtime, (string?)null)
    {
    }

    public StatesException(string message)
        : this(StatesErrors.Runtime, message)
    {
    }

    public StatesException(string message, Exception innerException)
        : base(message, innerException)
    {
        Error = StatesErrors.Runtime;
        Cause = message;
    }

    public string Error { get; }

    public string? Cause { get; }
}
