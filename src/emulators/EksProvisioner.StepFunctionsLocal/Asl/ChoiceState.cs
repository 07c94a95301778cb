namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Choice state: the first rule that matches picks the next state, else <see cref="Default"/>.</summary>
public sealed record ChoiceState(string Name, IReadOnlyList<ChoiceBranch> Choices, string? Default) : State(Name)
{
    public override string TypeName => "Choice";
}

/// <summary>A top-level choice rule with its Next (and optional Assign).</summary>
public sealed record ChoiceBranch(ChoiceRule Rule, string Next, System.Text.Json.Nodes.JsonObject? Assign);
