using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A Boolean expression of a Choice state, evaluated against the state's effective input.</summary>
internal abstract record ChoiceRule
{
    public abstract bool Matches(JsonNode? input, PathContext ctx);
}

/// <summary>All of <see cref="Rules"/>.</summary>
internal sealed record AndRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule
{
    public override bool Matches(JsonNode? input, PathContext ctx) => Rules.All(r => r.Matches(input, ctx));
}

/// <summary>Any of <see cref="Rules"/>.</summary>
internal sealed record OrRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule
{
    public override bool Matches(JsonNode? input, PathContext ctx) => Rules.Any(r => r.Matches(input, ctx));
}

/// <summary>The negation of <see cref="Rule"/>.</summary>
internal sealed record NotRule(ChoiceRule Rule) : ChoiceRule
{
    public override bool Matches(JsonNode? input, PathContext ctx) => !Rule.Matches(input, ctx);
}
