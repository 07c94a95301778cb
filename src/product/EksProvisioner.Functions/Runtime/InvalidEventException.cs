namespace EksProvisioner.Functions.Runtime;

/// <summary>The invocation's event is not JSON; reported as the invocation's error, the loop goes on.</summary>
public sealed class InvalidEventException : Exception
{
    public InvalidEventException()
    {
    }

    public InvalidEventException(string message)
        : base(message)
    {
    }

    public InvalidEventException(Exception innerException)
        : base($"The event is not valid JSON: {innerException?.Message}", innerException)
    {
    }

    public InvalidEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
