using EksProvisioner.AwsSimulator.Ec2.Model;
using EksProvisioner.AwsSimulator.Ec2.Wire;
using static EksProvisioner.AwsSimulator.Ec2.Wire.Ec2Xml;

namespace EksProvisioner.AwsSimulator.Ec2.Operations;

/// <summary>CreateTags, DeleteTags and DescribeTags over every resource kind; unknown ids answer that kind's NotFound code.</summary>
internal sealed class TagOperations(Ec2Store store)
{
    public void Register(Dictionary<string, Ec2Operation> table)
    {
        table["CreateTags"] = Create;
        table["DeleteTags"] = Delete;
        table["DescribeTags"] = Describe;
    }

    /// <summary>The resource type as DescribeTags and TagSpecification name it.</summary>
    public static string ResourceType(Ec2Record record) => record switch
    {
        VpcRecord => "vpc",
        SubnetRecord => "subnet",
        InternetGatewayRecord => "internet-gateway",
        RouteTableRecord => "route-table",
        AddressRecord => "elastic-ip",
        NatGatewayRecord => "natgateway",
        SecurityGroupRecord => "security-group",
        NetworkInterfaceRecord => "network-interface",
        _ => throw new InvalidOperationException($"unknown record {record.GetType().Name}"),
    };

    private IEnumerable<object?> Create(Ec2Call call)
    {
        var targets = Targets(call);
        var tags = call.Form.Members("Tag").Select(t => (Key: t.Required("Key"), Value: t.String("Value") ?? string.Empty)).ToList();
        if (tags.Any(t => t.Key.StartsWith("aws:", StringComparison.OrdinalIgnoreCase)))
        {
            throw Ec2Errors.InvalidParameterValue("Tag keys starting with 'aws:' are reserved for internal use");
        }

        foreach (var record in targets)
        {
            foreach (var (key, value) in tags)
            {
                record.Tags[key] = value;
            }

            if (record.Tags.Count > 50)
            {
                throw new Ec2Exception("TagLimitExceeded", $"The maximum number of Tags for a resource has been reached. ({record.Id})");
            }
        }

        return [Bool("return", true)];
    }

    private IEnumerable<object?> Delete(Ec2Call call)
    {
        var targets = Targets(call);
        var tags = call.Form.Members("Tag").Select(t => (Key: t.Required("Key"), Value: t.String("Value"))).ToList();
        foreach (var record in targets)
        {
            if (tags.Count == 0)
            {
                record.Tags.Clear();
            }

            foreach (var (key, value) in tags)
            {
                if (value is null || (record.Tags.TryGetValue(key, out var current) && current == value))
                {
                    record.Tags.Remove(key);
                }
            }
        }

        return [Bool("return", true)];
    }

    private IEnumerable<object?> Describe(Ec2Call call)
    {
        var filters = Ec2Filter.Read(call.Form);
        var rows = store.All()
            .Where(r => r.Region == call.Region)
            .SelectMany(r => r.Tags.Select(t => (Record: r, t.Key, t.Value)))
            .Where(row => filters.All(f => f.Matches(f.Name switch
            {
                "key" => [row.Key],
                "value" => [row.Value],
                "resource-id" => [row.Record.Id],
                "resource-type" => [ResourceType(row.Record)],
                _ => throw Ec2Errors.InvalidFilter(f.Name),
            })));
        return [Set("tagSet", rows, row => [E("resourceId", row.Record.Id), E("resourceType", ResourceType(row.Record)), E("key", row.Key), E("value", row.Value)])];
    }

    private List<Ec2Record> Targets(Ec2Call call)
    {
        var ids = call.Form.Strings("ResourceId");
        if (ids.Count == 0)
        {
            throw Ec2Errors.MissingParameter("resourceIdSet");
        }

        var all = store.All().Where(r => r.Region == call.Region).ToDictionary(r => r.Id, StringComparer.Ordinal);
        return [.. ids.Select(id => all.TryGetValue(id, out var record) ? record : throw Ec2Errors.NotFound(id))];
    }
}
