using Amazon.EC2;
using Amazon.EC2.Model;
using EksProvisioner.Aws.Ec2;
using EksProvisioner.Core.Errors;
using Ec2Tag = Amazon.EC2.Model.Tag;

namespace EksProvisioner.Workflow.Tests.Fakes;

/// <summary>
/// Stands for EC2's VPC API in one region: VPCs (each with its default security group), subnets,
/// internet gateways, route tables, security groups, Elastic IPs, NAT gateways and network interfaces,
/// with tags taken only from TagSpecifications (the seam has no CreateTags, so anything found by tag
/// was tagged when created). Filters: tag:KEY, vpc-id, group-name, attachment.vpc-id; any other
/// filter throws so a test never passes on a filter the fake ignores. ClientToken is idempotent like
/// EC2's. Dependency rules: VPC, subnet, gateway, route table and address deletes refuse
/// (DependencyViolation, as DependencyStillPresentException) while something still uses them.
/// NAT gateways start pending and stay so until <see cref="MakeNatGatewaysAvailable"/>; deletes go
/// deleting until <see cref="FinishNatDeletions"/> unless <see cref="DeleteImmediately"/>.
/// </summary>
internal sealed partial class FakeEc2(TimeProvider time) : IEc2Client
{
    private readonly Dictionary<string, object> _byToken = new(StringComparer.Ordinal);
    private int _next;

    public List<Amazon.EC2.Model.AvailabilityZone> Zones { get; } =
    [
        new() { ZoneName = "us-east-1a", ZoneId = "use1-az1", State = AvailabilityZoneState.Available, ZoneType = "availability-zone" },
        new() { ZoneName = "us-east-1b", ZoneId = "use1-az2", State = AvailabilityZoneState.Available, ZoneType = "availability-zone" },
        new() { ZoneName = "us-east-1c", ZoneId = "use1-az3", State = AvailabilityZoneState.Available, ZoneType = "availability-zone" },
        new() { ZoneName = "us-east-1d", ZoneId = "use1-az4", State = AvailabilityZoneState.Available, ZoneType = "availability-zone" },
    ];

    public Dictionary<string, Vpc> Vpcs { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, (bool Support, bool Hostnames)> VpcDns { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Subnet> Subnets { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, InternetGateway> InternetGateways { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, RouteTable> RouteTables { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, SecurityGroup> SecurityGroups { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, Address> Addresses { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NatGateway> NatGateways { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, NetworkInterface> NetworkInterfaces { get; } = new(StringComparer.Ordinal);

    /// <summary>Every mutating call, as "Operation id", in order.</summary>
    public List<string> Calls { get; } = [];

    public bool DeleteImmediately { get; set; }

    public void MakeNatGatewaysAvailable()
    {
        foreach (var nat in NatGateways.Values.Where(n => n.State == NatGatewayState.Pending))
        {
            nat.State = NatGatewayState.Available;
        }
    }

    public void FinishNatDeletions()
    {
        foreach (var nat in NatGateways.Values.Where(n => n.State == NatGatewayState.Deleting))
        {
            nat.State = NatGatewayState.Deleted;
            foreach (var address in Addresses.Values.Where(a => a.AllocationId == nat.NatGatewayAddresses?.FirstOrDefault()?.AllocationId))
            {
                address.AssociationId = null;
            }
        }
    }

    /// <summary>Every resource carrying the eksprov:environment tag for <paramref name="environment"/> (live NAT gateways only).</summary>
    public IReadOnlyList<string> Tagged(string environment)
    {
        static bool Has(List<Ec2Tag>? tags, string env) => (tags ?? []).Any(t => t.Key == "eksprov:environment" && t.Value == env);
        return
        [
            .. Vpcs.Values.Where(v => Has(v.Tags, environment)).Select(v => v.VpcId),
            .. Subnets.Values.Where(v => Has(v.Tags, environment)).Select(v => v.SubnetId),
            .. InternetGateways.Values.Where(v => Has(v.Tags, environment)).Select(v => v.InternetGatewayId),
            .. RouteTables.Values.Where(v => Has(v.Tags, environment)).Select(v => v.RouteTableId),
            .. SecurityGroups.Values.Where(v => Has(v.Tags, environment)).Select(v => v.GroupId),
            .. Addresses.Values.Where(v => Has(v.Tags, environment)).Select(v => v.AllocationId),
            .. NatGateways.Values.Where(v => Has(v.Tags, environment) && v.State != NatGatewayState.Deleted).Select(v => v.NatGatewayId),
        ];
    }

    public Task<DescribeAvailabilityZonesResponse> DescribeAvailabilityZonesAsync(DescribeAvailabilityZonesRequest request, CancellationToken cancellationToken = default) =>
        Task.FromResult(new DescribeAvailabilityZonesResponse { AvailabilityZones = [.. Zones] });

    private string NewId(string prefix) => $"{prefix}-{++_next:x8}";

    private static List<Ec2Tag> TagsOf(List<TagSpecification>? specs, ResourceType type)
    {
        var spec = (specs ?? []).SingleOrDefault(s => s.ResourceType == type);
        return spec?.Tags is { } tags ? [.. tags] : [];
    }

    private static List<T> Match<T>(IEnumerable<T> items, List<Filter>? filters, Func<T, List<Ec2Tag>?> tags, Func<T, string, IEnumerable<string?>?> field)
    {
        return items.Where(item => (filters ?? []).All(filter =>
        {
            IEnumerable<string?>? values = filter.Name.StartsWith("tag:", StringComparison.Ordinal)
                ? (tags(item) ?? []).Where(t => t.Key == filter.Name[4..]).Select(t => t.Value)
                : field(item, filter.Name) ?? throw new NotSupportedException($"FakeEc2 does not support the filter {filter.Name} on {typeof(T).Name}");
            return values.Any(v => filter.Values.Contains(v!));
        })).ToList();
    }

    private static T Get<T>(Dictionary<string, T> items, string? id, string code) =>
        items.TryGetValue(id ?? string.Empty, out var item) ? item : throw new AwsResourceNotFoundException($"{code}: The ID '{id}' does not exist") { AwsErrorCode = code };

    private T Idempotent<T>(string? token, Func<T> create)
        where T : class
    {
        if (token is not null && _byToken.TryGetValue(token, out var earlier))
        {
            return (T)earlier;
        }

        var created = create();
        if (token is not null)
        {
            _byToken[token] = created;
        }

        return created;
    }
}
