namespace EksProvisioner.Core.Contract;

/// <summary>How a request measures against <see cref="Guardrails"/>: the figures, and every limit it exceeds.</summary>
/// <param name="Limits">The guardrails it was measured against.</param>
/// <param name="Nodes">The node groups' maxSize summed.</param>
/// <param name="MaxHourlyCostUsd">The estimated hourly cost with every node group at its maxSize.</param>
/// <param name="Problems">One per exceeded limit, as <c>&lt;json path&gt;: &lt;figure&gt; exceeds &lt;limit&gt;</c>; empty when within limits.</param>
public sealed record GuardrailVerdict(Guardrails Limits, int Nodes, decimal MaxHourlyCostUsd, IReadOnlyList<string> Problems)
{
    public bool WithinLimits => Problems.Count == 0;
}
