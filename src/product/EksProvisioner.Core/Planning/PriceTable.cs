namespace EksProvisioner.Core.Planning;

/// <summary>
/// A small, dated table of AWS list prices (US East, N. Virginia; Linux on-demand), enough for an
/// estimate. Real bills differ: regions, Savings Plans, data transfer, EBS and spot markets.
/// </summary>
public static class PriceTable
{
    /// <summary>When these prices were taken, and where.</summary>
    public const string AsOf = "2025-06-01 us-east-1";

    public const decimal ControlPlanePerHour = 0.10m;
    public const decimal NatGatewayPerHour = 0.045m;

    /// <summary>Every public IPv4 address (NAT Elastic IPs, nodes in public subnets) since February 2024.</summary>
    public const decimal PublicIpv4PerHour = 0.005m;

    /// <summary>Spot is priced as a fixed share of on-demand; the real discount moves with the market.</summary>
    public const decimal SpotShareOfOnDemand = 0.35m;

    private static readonly Dictionary<string, decimal> OnDemand = new(StringComparer.Ordinal)
    {
        ["t3.medium"] = 0.0416m,
        ["t3.large"] = 0.0832m,
        ["t3.xlarge"] = 0.1664m,
        ["t4g.medium"] = 0.0336m,
        ["m5.large"] = 0.096m,
        ["m5.xlarge"] = 0.192m,
        ["m6i.large"] = 0.096m,
        ["m7i.large"] = 0.1008m,
        ["m7g.large"] = 0.0816m,
        ["c5.large"] = 0.085m,
        ["c6i.large"] = 0.085m,
        ["c7g.large"] = 0.0725m,
        ["r5.large"] = 0.126m,
        ["r6i.large"] = 0.126m,
    };

    /// <summary>The on-demand hourly price of <paramref name="instanceType"/>, or null when not in the table.</summary>
    public static decimal? InstancePerHour(string instanceType) =>
        OnDemand.TryGetValue(instanceType, out var price) ? price : null;

    /// <summary>The instance types the table knows.</summary>
    public static IReadOnlyCollection<string> KnownInstanceTypes => OnDemand.Keys;
}
