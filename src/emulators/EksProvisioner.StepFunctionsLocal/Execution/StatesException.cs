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

    /// <summary>True once the cause names the state it happened in (so an enclosing Parallel or Map does not name itself too).</summary>
    public bool IsLocated { get; private init; }

    /// <summary>
    /// AWS prefixes the cause of every States.Runtime failure with the state and the id of its StateEntered event:
    /// "An error occurred while executing the state 'S' (entered at the event id #2). ...".
    /// </summary>
    public StatesException InState(string stateName, long enteredEventId) => new(Error, $"An error occurred while executing the state '{stateName}' (entered at the event id #{enteredEventId}). {Cause}")
    {
        IsLocated = true,
    };
}
