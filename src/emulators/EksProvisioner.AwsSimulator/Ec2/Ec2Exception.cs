namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// An EC2 error answer (code, message, HTTP status) raised inside an operation and turned into
/// EC2's error document by <see cref="Ec2Service"/>. Never escapes the service.
/// </summary>
internal sealed class Ec2Exception : Exception
{
    public Ec2Exception(string code, string message, int statusCode = 400)
        : base(message)
    {
        Code = code;
        StatusCode = statusCode;
    }

    public Ec2Exception()
        : this("InternalError", "An internal error has occurred", 500)
    {
    }

    public Ec2Exception(string message)
        : this("InternalError", message, 500)
    {
    }

    public Ec2Exception(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "InternalError";
        StatusCode = 500;
    }

    public string Code { get; }

    public int StatusCode { get; }
}
