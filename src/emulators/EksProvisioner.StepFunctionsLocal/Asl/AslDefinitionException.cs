namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A definition broke the specification; <see cref="Problems"/> lists every violation.</summary>
public sealed class AslDefinitionException : Exception
{
    public AslDefinitionException(IReadOnlyList<AslProblem> problems)
        : base("Invalid State Machine Definition: " + string.Join("; ", problems)) => Problems = problems;

    public AslDefinitionException()
        : this([])
    {
    }

    public AslDefinitionException(string message)
        : base(message) => Problems = [];

    public AslDefinitionException(string message, Exception innerException)
        : base(message, innerException) => Problems = [];

    public IReadOnlyList<AslProblem> Problems { get; }
}
