using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Asl;

/// <summary>A Boolean expression of a Choice state.</summary>
public abstract record ChoiceRule;

/// <summary>All of <see cref="Rules"/>.</summary>
public sealed record AndRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule;

/// <summary>Any of <see cref="Rules"/>.</summary>
public sealed record OrRule(IReadOnlyList<ChoiceRule> Rules) : ChoiceRule;

/// <summary>The negation of <see cref="Rule"/>.</summary>
public sealed record NotRule(ChoiceRule Rule) : ChoiceRule;

/// <summary>
/// A data-test rule: <see cref="Variable"/> compared with a literal <see cref="Value"/>, or with the value
/// at <see cref="ValuePath"/> for the <c>...Path</c> operator forms.
/// </summary>
public sealed record ComparisonRule(string Variable, ComparisonOperator Operator, JsonNode? Value, string? ValuePath) : ChoiceRule;
