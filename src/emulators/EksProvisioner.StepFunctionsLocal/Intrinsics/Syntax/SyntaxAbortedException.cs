namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

/// <summary>Ends a parse after a structural error; never escapes the parser.</summary>
internal sealed class SyntaxAbortedException : Exception
{
    public SyntaxAbortedException()
    {
    }

    public SyntaxAbortedException(string message)
        : base(message)
    {
    }

    public SyntaxAbortedException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
