namespace EksProvisioner.AwsSimulator.Ec2.Model;

/// <summary>A zone as DescribeAvailabilityZones lists it.</summary>
internal sealed record AvailabilityZone(string Region, string ZoneName, string ZoneId);

/// <summary>
/// The zones a new account sees. Zone names map to zone ids per account in AWS; this fixed mapping
/// keeps runs reproducible. us-east-1 lists a-f as use1-az1..az6, so us-east-1c is the
/// capacity-constrained use1-az3 that eksctl avoids. Unlisted regions get three zones a-c.
/// </summary>
internal static class AvailabilityZones
{
    private static readonly Dictionary<string, (string Suffixes, string IdPrefix, int[] IdNumbers)> Known = new(StringComparer.Ordinal)
    {
        ["us-east-1"] = ("abcdef", "use1", [1, 2, 3, 4, 5, 6]),
        ["us-east-2"] = ("abc", "use2", [1, 2, 3]),
        ["us-west-1"] = ("ac", "usw1", [1, 3]),
        ["us-west-2"] = ("abcd", "usw2", [1, 2, 3, 4]),
        ["ca-central-1"] = ("abd", "cac1", [1, 2, 4]),
        ["eu-west-1"] = ("abc", "euw1", [1, 2, 3]),
        ["eu-west-2"] = ("abc", "euw2", [1, 2, 3]),
        ["eu-central-1"] = ("abc", "euc1", [1, 2, 3]),
        ["eu-north-1"] = ("abc", "eun1", [1, 2, 3]),
        ["ap-south-1"] = ("abc", "aps1", [1, 3, 2]),
        ["ap-northeast-1"] = ("acd", "apne1", [4, 1, 2]),
        ["ap-southeast-1"] = ("abc", "apse1", [1, 2, 3]),
        ["ap-southeast-2"] = ("abc", "apse2", [1, 2, 3]),
        ["sa-east-1"] = ("abc", "sae1", [1, 2, 3]),
    };

    public static IReadOnlyList<AvailabilityZone> In(string region)
    {
        if (Known.TryGetValue(region, out var known))
        {
            return [.. known.Suffixes.Select((s, i) => new AvailabilityZone(region, region + s, $"{known.IdPrefix}-az{known.IdNumbers[i]}"))];
        }

        var prefix = region.Replace("-", string.Empty, StringComparison.Ordinal);
        return [.. "abc".Select((s, i) => new AvailabilityZone(region, region + s, $"{prefix}-az{i + 1}"))];
    }

    public static AvailabilityZone? Find(string region, string? zoneName, string? zoneId) =>
        In(region).FirstOrDefault(z => (zoneName is null || z.ZoneName == zoneName) && (zoneId is null || z.ZoneId == zoneId));
}
