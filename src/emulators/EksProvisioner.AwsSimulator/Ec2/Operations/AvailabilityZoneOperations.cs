using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.AwsSimulator.Ec2.Wire;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>DescribeAvailabilityZones: the region's zones with names and zone ids (see <see cref="AvailabilityZones"/>).</summary>
internal static class AvailabilityZoneOperations
{
    public static void Register(Dictionary<string, Ec2Operation> table) => table["DescribeAvailabilityZones"] = Describe;

    private static IEnumerable<object?> Describe(Ec2Call call)
    {
        var names = call.Form.Strings("ZoneName");
        var ids = call.Form.Strings("ZoneId");
        var zones = AvailabilityZones.In(call.Region);
        if (names.FirstOrDefault(n => zones.All(z => z.ZoneName != n)) is { } badName)
        {
            throw Ec2Errors.InvalidParameterValue($"The zone '{badName}' does not exist.");
        }

        if (ids.FirstOrDefault(n => zones.All(z => z.ZoneId != n)) is { } badId)
        {
            throw Ec2Errors.InvalidParameterValue($"The zone id '{badId}' does not exist.");
        }

        var filters = Ec2Filter.Read(call.Form);
        var selected = zones
            .Where(z => (names.Count == 0 || names.Contains(z.ZoneName)) && (ids.Count == 0 || ids.Contains(z.ZoneId)))
            .Where(z => filters.All(f => f.Matches(f.Name switch
            {
                "zone-name" => [z.ZoneName],
                "zone-id" => [z.ZoneId],
                "state" => ["available"],
                "region-name" => [z.Region],
                "group-name" => [z.Region],
                "zone-type" => ["availability-zone"],
                "opt-in-status" => ["opt-in-not-required"],
                _ => throw Ec2Errors.InvalidFilter(f.Name),
            })));
        return [Set("availabilityZoneInfo", selected, z => [
            E("zoneName", z.ZoneName),
            E("zoneState", "available"),
            E("regionName", z.Region),
            E("zoneId", z.ZoneId),
            E("groupName", z.Region),
            E("networkBorderGroup", z.Region),
            E("zoneType", "availability-zone"),
            E("optInStatus", "opt-in-not-required"),
            Set("messageSet", Array.Empty<string>(), _ => []),
        ])];
    }
}
