namespace EksProvisioner.StepFunctionsLocal;

/// <summary>A Step Functions API error such as ExecutionAlreadyExists; <see cref="ErrorType"/> is the wire <c>__type</c>.</summary>
public sealed class StepFunctionsApiException : Exception
{
    public StepFunctionsApiException(string errorType, string message)
        : base(message) => ErrorType = errorType;

    public StepFunctionsApiException()
        : this("ValidationException", "")
    {
    }

    public StepFunctionsApiException(string message)
        : this("ValidationException", message)
    {
    }

    public StepFunctionsApiException(string message, Exception innerException)
        : base(message, innerException) => ErrorType = "ValidationException";

    public string ErrorType { get; }
}
