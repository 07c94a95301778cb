namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>Checks a definition and answers its problems (empty when it is valid); the entry point of <c>eksprov validate-asl</c>.</summary>
public static class AslValidator
{
    public static IReadOnlyList<AslProblem> Validate(string definitionJson) => AslParser.Parse(definitionJson).Problems;
}
