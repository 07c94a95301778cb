namespace EksProvisioner.StepFunctionsLocal.Jsonata;

/// <summary>
/// A JSONata parse or evaluation error, carrying the reference implementation's error code (e.g. <c>S0201</c>,
/// <c>T2001</c>) and the character position in the expression where it was detected.
/// </summary>
public sealed class JsonataException : Exception
{
    public JsonataException()
        : this("D0000", 0, null)
    {
    }

    public JsonataException(string message)
        : this("D0000", 0, message)
    {
    }

    public JsonataException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = "D0000";
    }

    public JsonataException(string code, int position, string? message)
        : base(message ?? JsonataErrorMessages.For(code))
    {
        Code = code;
        Position = position;
    }

    /// <summary>The reference implementation's error code: S* syntax, T* type, D* dynamic.</summary>
    public string Code { get; }

    /// <summary>Character offset in the expression (0 when unknown).</summary>
    public int Position { get; internal set; }
}
