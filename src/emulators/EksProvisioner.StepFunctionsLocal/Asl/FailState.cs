namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Fail state: ends the execution with an error name and cause (literal or from a path).</summary>
public sealed record FailState(string Name) : State(Name)
{
    public string? Error { get; init; }

    public string? ErrorPath { get; init; }

    public string? Cause { get; init; }

    public string? CausePath { get; init; }

    public override string TypeName => "Fail";
}
