using EksProvisioner.StepFunctionsLocal.DataFlow;

namespace EksProvisioner.StepFunctionsLocal.States;

/// <summary>A top-level choice rule with its Next (and optional Assign).</summary>
internal sealed record ChoiceBranch(ChoiceRule Rule, string Next, Assignment? Assign);
