namespace EksProvisioner.Core.Catalog;

/// <summary>One instance type of the <see cref="AwsCatalog"/>.</summary>
/// <param name="Name">family.size, such as m5.large.</param>
/// <param name="VCpu">Virtual CPUs.</param>
/// <param name="MemoryGiB">Memory in GiB.</param>
/// <param name="OnDemandPerHour">Linux on-demand list price in US dollars per hour (see <see cref="AwsCatalog.PricesAsOf"/>).</param>
public sealed record InstanceTypeInfo(string Name, int VCpu, decimal MemoryGiB, decimal OnDemandPerHour)
{
    /// <summary>The family, the part before the dot: m5 for m5.large.</summary>
    public string Family => Name[..Name.IndexOf('.', StringComparison.Ordinal)];
}
