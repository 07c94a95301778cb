namespace EksProvisioner.AwsSimulator.Wire;

/// <summary>
/// An AWS error a simulated service answers with: the code, HTTP status and message as AWS sends them.
/// Rules throw it; each service's wire layer turns it into its own error shape.
/// </summary>
internal sealed class ServiceError : Exception
{
    public ServiceError(string code, int status, string message)
        : base(message)
    {
        Code = code;
        Status = status;
    }

    public ServiceError()
        : this("InternalFailure", 500, "internal failure")
    {
    }

    public ServiceError(string message)
        : this("InternalFailure", 500, message)
    {
    }

    public ServiceError(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalFailure";
        Status = 500;
    }

    public string Code { get; }

    public int Status { get; }
}
