namespace EksProvisioner.Core.Planning;

/// <summary>What an environment consists of, in creation order (every resource after its dependencies).</summary>
public sealed record ResourcePlan(IReadOnlyList<PlannedResource> Resources, PlanEstimate Estimate);
