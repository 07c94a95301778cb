namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// The stage variable is missing or names no registered stage: a deployment mistake, reported to
/// Lambda as an init error (the function never becomes ready).
/// </summary>
public sealed class LambdaStageNotFoundException : Exception
{
    public LambdaStageNotFoundException()
    {
    }

    public LambdaStageNotFoundException(string message)
        : base(message)
    {
    }

    public LambdaStageNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
