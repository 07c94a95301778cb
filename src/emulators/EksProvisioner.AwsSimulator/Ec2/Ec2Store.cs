using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.AwsSimulator.Ec2.Wire;
using EksProvisioner.Core.Network;
using EksProvisioner.Core.Time;

namespace EksProvisioner.AwsSimulator.Ec2;

/// <summary>
/// The EC2 state with what every operation shares: the clock, latency and quotas, lookups that
/// answer AWS's NotFound codes, tags from TagSpecifications, Describe filters, and the lazy
/// lifecycle (transitions are applied when the state is next looked at, so the virtual clock
/// needs no timers and a saved state resumes exactly).
/// </summary>
internal sealed class Ec2Store(TimeProvider clock, LatencyModel latency, Ec2Quotas quotas, Randomizer randomizer)
{
    /// <summary>How long AWS keeps describing a deleted or failed NAT gateway (about an hour).</summary>
    public static readonly TimeSpan DeletedNatRetention = TimeSpan.FromHours(1);

    public Ec2State State { get; set; } = new() { IdSeed = (ulong)(randomizer() * ulong.MaxValue) };

    public LatencyModel Latency => latency;

    public Ec2Quotas Quotas => quotas;

    public DateTimeOffset Now => clock.GetUtcNow();

    /// <summary>A duration from the latency model, spread by the model's jitter fraction.</summary>
    public TimeSpan Duration(double seconds)
    {
        var jitter = latency.JitterFraction <= 0 ? 0 : latency.JitterFraction * ((2 * randomizer()) - 1);
        return TimeSpan.FromSeconds(Math.Max(0, seconds * (1 + jitter)));
    }

    /// <summary>Applies every transition that has fallen due.</summary>
    public void Refresh() => NatGatewayLifecycle.Advance(this);

    public T Find<T>(Dictionary<string, T> table, string id, string region)
        where T : Ec2Record =>
        table.TryGetValue(id, out var record) && record.Region == region ? record : throw Ec2Errors.NotFound(id);

    /// <summary>
    /// The tags of a create call for a kind with a per-region quota, refused with the quota's
    /// LimitExceeded answer once <paramref name="existing"/> holds the limit in the call's region.
    /// </summary>
    public Dictionary<string, string> TagsForQuotaCreate<T>(Ec2Call call, RegionQuota quota, IEnumerable<T> existing)
        where T : Ec2Record
    {
        var tags = TagsFromSpecifications(call.Form, quota.ResourceType);
        return existing.Count(r => r.Region == call.Region) >= quota.Limit(Quotas) ? throw Ec2Errors.LimitExceeded(quota.LimitCode, quota.LimitMessage) : tags;
    }

    public static Dictionary<string, string> TagsFromSpecifications(Ec2Form form, string resourceType)
    {
        var tags = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var spec in form.Members("TagSpecification"))
        {
            var type = spec.String("ResourceType");
            if (type != resourceType)
            {
                throw Ec2Errors.InvalidParameterValue($"'{type}' is not a valid taggable resource type for this operation.");
            }

            foreach (var tag in spec.Members("Tag"))
            {
                tags[tag.Required("Key")] = tag.String("Value") ?? string.Empty;
            }
        }

        return tags;
    }

    /// <summary>
    /// The Describe answer set: the region's records, narrowed to <paramref name="ids"/> (each must
    /// exist) and then by the call's filters. <paramref name="fields"/> gives a filter's values for a
    /// record; a filter name it lacks answers InvalidParameterValue, as AWS does, even when nothing matches.
    /// </summary>
    public static IEnumerable<T> Describe<T>(IEnumerable<T> records, Ec2Call call, IReadOnlyList<string> ids, IReadOnlyDictionary<string, Func<T, IEnumerable<string>>> fields)
        where T : Ec2Record
    {
        var filters = Ec2Filter.Read(call.Form);
        if (filters.FirstOrDefault(f => !f.Name.StartsWith("tag:", StringComparison.Ordinal) && f.Name is not ("tag-key" or "tag-value" or "owner-id") && !fields.ContainsKey(f.Name)) is { } unsupported)
        {
            throw Ec2Errors.InvalidFilter(unsupported.Name);
        }

        var inRegion = records.Where(r => r.Region == call.Region).ToList();
        if (ids.Count > 0)
        {
            var missing = ids.FirstOrDefault(id => inRegion.All(r => r.Id != id));
            if (missing is not null)
            {
                throw Ec2Errors.NotFound(missing);
            }

            inRegion = [.. inRegion.Where(r => ids.Contains(r.Id))];
        }

        return inRegion.Where(r => filters.All(f => f.Matches(FilterValues(r, f.Name, fields))));
    }

    private static IEnumerable<string> FilterValues<T>(T record, string name, IReadOnlyDictionary<string, Func<T, IEnumerable<string>>> fields)
        where T : Ec2Record
    {
        if (name.StartsWith("tag:", StringComparison.Ordinal))
        {
            return record.Tags.TryGetValue(name[4..], out var value) ? [value] : [];
        }

        return name switch
        {
            "tag-key" => record.Tags.Keys,
            "tag-value" => record.Tags.Values,
            "owner-id" => [record.OwnerId],
            _ => fields[name](record),
        };
    }

    /// <summary>Every record of any kind, for tagging by id and for inspection.</summary>
    public IEnumerable<Ec2Record> All() =>
        State.Vpcs.Values.Cast<Ec2Record>()
            .Concat(State.Subnets.Values)
            .Concat(State.InternetGateways.Values)
            .Concat(State.RouteTables.Values)
            .Concat(State.Addresses.Values)
            .Concat(State.NatGateways.Values)
            .Concat(State.SecurityGroups.Values)
            .Concat(State.NetworkInterfaces.Values);

    /// <summary>Creates the interface a NAT gateway or a service puts in a subnet.</summary>
    public NetworkInterfaceRecord NewNetworkInterface(SubnetRecord subnet, string description, string interfaceType, bool requesterManaged, string? requesterId, IEnumerable<string> groupIds, Dictionary<string, string> tags)
    {
        var cidr = Ipv4Cidr.TryParse(subnet.CidrBlock, out _)!.Value;
        var eni = new NetworkInterfaceRecord
        {
            Id = State.NewId("eni"),
            Region = subnet.Region,
            OwnerId = subnet.OwnerId,
            VpcId = subnet.VpcId,
            SubnetId = subnet.Id,
            AvailabilityZone = subnet.AvailabilityZone,
            PrivateIpAddress = cidr.Host((uint)subnet.NextHost++),
            MacAddress = State.NewMacAddress(),
            Description = description,
            InterfaceType = interfaceType,
            RequesterManaged = requesterManaged,
            RequesterId = requesterId,
            Status = requesterManaged ? "in-use" : "available",
            GroupIds = [.. groupIds],
            Tags = tags,
        };
        State.NetworkInterfaces[eni.Id] = eni;
        return eni;
    }
}
