namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Succeed state: ends its graph successfully.</summary>
public sealed record SucceedState(string Name) : State(Name)
{
    public override string TypeName => "Succeed";
}
