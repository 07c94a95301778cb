using System.Globalization;
using System.Text.Json;

namespace EksProvisioner.Core.Catalog;

/// <summary>
/// The dated catalog of what a request may name (Catalog/aws-catalog.json, embedded at build time):
/// instance types with their size and list price, and EKS add-on names. Shipped as data so that adding
/// a type or an add-on is a one-line data change; anything not listed is refused, naming the date.
/// </summary>
public static class AwsCatalog
{
    private static readonly Lazy<Contents> Loaded = new(Load);

    /// <summary>When the catalog was last checked against AWS (ISO date).</summary>
    public static string AsOf => Loaded.Value.AsOf;

    /// <summary>When the prices were taken, and where.</summary>
    public static string PricesAsOf => Loaded.Value.PricesAsOf;

    /// <summary>Every instance type a request may use, by name.</summary>
    public static IReadOnlyDictionary<string, InstanceTypeInfo> InstanceTypes => Loaded.Value.InstanceTypes;

    /// <summary>Every EKS add-on name a request may use.</summary>
    public static IReadOnlySet<string> Addons => Loaded.Value.Addons;

    private static Contents Load()
    {
        using var stream = typeof(AwsCatalog).Assembly.GetManifestResourceStream("aws-catalog.json")
            ?? throw new InvalidOperationException("The embedded catalog aws-catalog.json is missing from the build.");
        using var document = JsonDocument.Parse(stream);
        var root = document.RootElement;
        var types = root.GetProperty("instanceTypes").EnumerateObject()
            .Select(p => new InstanceTypeInfo(
                p.Name,
                p.Value.GetProperty("vCpu").GetInt32(),
                p.Value.GetProperty("memoryGiB").GetDecimal(),
                p.Value.GetProperty("onDemandPerHour").GetDecimal()))
            .ToDictionary(t => t.Name, StringComparer.Ordinal);
        var addons = root.GetProperty("addons").EnumerateArray().Select(a => a.GetString()!).ToHashSet(StringComparer.Ordinal);
        var asOf = root.GetProperty("asOf").GetString()!;
        _ = DateOnly.ParseExact(asOf, "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return new Contents(asOf, root.GetProperty("pricesAsOf").GetString()!, types, addons);
    }

    private sealed record Contents(
        string AsOf,
        string PricesAsOf,
        IReadOnlyDictionary<string, InstanceTypeInfo> InstanceTypes,
        IReadOnlySet<string> Addons);
}
