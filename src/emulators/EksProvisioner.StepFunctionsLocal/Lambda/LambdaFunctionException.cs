namespace EksProvisioner.StepFunctionsLocal.Lambda;

/// <summary>
/// Thrown by an in-process function to report a failure with an explicit <see cref="ErrorType"/>, as the Lambda
/// runtime's error response does. Any other exception reports its short type name as the error type.
/// </summary>
public sealed class LambdaFunctionException : Exception
{
    public LambdaFunctionException(string errorType, string errorMessage)
        : base(errorMessage) => ErrorType = errorType;

    public LambdaFunctionException()
        : this("Exception", "")
    {
    }

    public LambdaFunctionException(string message)
        : this("Exception", message)
    {
    }

    public LambdaFunctionException(string message, Exception innerException)
        : base(message, innerException) => ErrorType = "Exception";

    public string ErrorType { get; }
}
