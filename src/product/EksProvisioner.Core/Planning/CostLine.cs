namespace EksProvisioner.Core.Planning;

/// <summary>One line of the hourly cost estimate.</summary>
public sealed record CostLine(string Item, int Quantity, decimal UnitHourlyUsd, decimal HourlyUsd);
