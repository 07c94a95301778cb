namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>One violation of the Amazon States Language found in a definition, at a JSON-pointer-like location.</summary>
public sealed record AslProblem(string Location, string Message)
{
    /// <inheritdoc />
    public override string ToString() => $"{Location}: {Message}";
}
