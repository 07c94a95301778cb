using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// What an environment costs: the plan's hourly estimate and that rate over the hours from its creation to
/// <c>until</c>, one rule for <c>status</c> and the console.
/// </summary>
internal readonly record struct EnvironmentCost(decimal HourlyUsd, double Hours, decimal SoFarUsd)
{
    public static EnvironmentCost Of(EnvironmentRequest request, DateTimeOffset createdAt, DateTimeOffset until)
    {
        var hours = Math.Max(0, (until - createdAt).TotalHours);
        var hourly = ResourcePlanner.Plan(request, createdAt).Estimate.HourlyCostUsd;
        return new EnvironmentCost(hourly, hours, Math.Round(hourly * (decimal)hours, 2, MidpointRounding.AwayFromZero));
    }
}
