namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>The outcome of <see cref="AslParser.Parse"/>.</summary>
public sealed record AslParseResult(StateMachineDefinition? Definition, IReadOnlyList<AslProblem> Problems)
{
    public bool IsValid => Problems.Count == 0;
}
