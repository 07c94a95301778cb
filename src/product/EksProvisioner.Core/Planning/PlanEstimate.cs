namespace EksProvisioner.Core.Planning;

/// <summary>
/// Estimates, not quotes: provisioning time along the dependency graph's critical path from
/// <see cref="LatencyTable"/>, and the hourly cost from the dated <see cref="PriceTable"/>.
/// </summary>
/// <param name="Minutes">Estimated minutes until everything is ready, to one decimal.</param>
/// <param name="HourlyCostUsd">Sum of <paramref name="CostLines"/>, in US dollars per hour.</param>
/// <param name="PricesAsOf">Date of the price table (ISO date) and the region its prices are from.</param>
/// <param name="CriticalPath">References of the resources on the longest path, first to last.</param>
/// <param name="CostLines">What the hourly cost is made of.</param>
/// <param name="NotPriced">What costs money but is not in the estimate, and why.</param>
public sealed record PlanEstimate(
    double Minutes,
    decimal HourlyCostUsd,
    string PricesAsOf,
    IReadOnlyList<string> CriticalPath,
    IReadOnlyList<CostLine> CostLines,
    IReadOnlyList<string> NotPriced);
