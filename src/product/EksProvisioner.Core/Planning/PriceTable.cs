using EksProvisioner.Core.Catalog;

namespace EksProvisioner.Core.Planning;

/// <summary>
/// A small, dated table of AWS list prices (US East, N. Virginia; Linux on-demand), enough for an
/// estimate; the instance prices live in the <see cref="AwsCatalog"/>, beside the types they price.
/// Real bills differ: regions, Savings Plans, data transfer, EBS and spot markets.
/// </summary>
public static class PriceTable
{
    /// <summary>When these prices were taken, and where.</summary>
    public static string AsOf => AwsCatalog.PricesAsOf;

    public const decimal ControlPlanePerHour = 0.10m;
    public const decimal NatGatewayPerHour = 0.045m;

    /// <summary>Every public IPv4 address (NAT Elastic IPs, nodes in public subnets) since February 2024.</summary>
    public const decimal PublicIpv4PerHour = 0.005m;

    /// <summary>Spot is priced as a fixed share of on-demand; the real discount moves with the market.</summary>
    public const decimal SpotShareOfOnDemand = 0.35m;

    /// <summary>The on-demand hourly price of <paramref name="instanceType"/>, or null when not in the table.</summary>
    public static decimal? InstancePerHour(string instanceType) =>
        AwsCatalog.InstanceTypes.TryGetValue(instanceType, out var type) ? type.OnDemandPerHour : null;

    /// <summary>The instance types the table knows.</summary>
    public static IReadOnlyCollection<string> KnownInstanceTypes => AwsCatalog.InstanceTypes.Keys.ToList();
}
