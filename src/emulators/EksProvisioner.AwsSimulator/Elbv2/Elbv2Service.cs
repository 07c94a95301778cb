using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.ElasticLoadBalancing;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Tagging;
using static EksProvisioner.AwsSimulator.Wire.QueryXml;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>
/// Simulated ELBv2 over the Query protocol (version 2015-12-01, XML answers): load balancers, target
/// groups and their tags. Routed by the table the client sends with (<see cref="Elbv2Operations"/>); wire
/// shapes in <see cref="Elbv2Xml"/>, rules in <see cref="Elbv2Rules"/>, errors in <see cref="Elbv2Errors"/>.
/// It is also what the clusters' Kubernetes API asks for load balancers (<see cref="IServiceLoadBalancers"/>).
/// </summary>
internal sealed class Elbv2Service(Elbv2Rules rules, Func<IEc2Network?> network) : ISimulatedService, IServiceLoadBalancers, Hosting.IDueTransitions, ITaggedResources
{
    public string SigningName => "elasticloadbalancing";

    public SimulatedResponse Handle(SimulatedRequest request)
    {
        rules.Settle();
        var form = request.Form;
        var action = form.GetValueOrDefault("Action") ?? throw Elbv2Errors.InvalidAction("(none)");
        var operation = Elbv2Operations.Table.Find(action) ?? throw Elbv2Errors.InvalidAction(action);
        var region = request.Region;
        var ns = Elbv2Xml.Ns;
        var id = request.RequestId;
        switch (operation.Name)
        {
            case nameof(Elbv2Operations.CreateLoadBalancer):
                var spec = new Elbv2LoadBalancerSpec(
                    Required(form, "Name"),
                    form.GetValueOrDefault("Type") ?? "application",
                    form.GetValueOrDefault("Scheme") ?? "internet-facing",
                    Strings(form, "Subnets"),
                    Strings(form, "SecurityGroups"),
                    Tags(form));
                var created = rules.CreateLoadBalancer(region, spec);
                return Ok(ns, action, id, Members("LoadBalancers", [Elbv2Xml.LoadBalancer(created, rules.StateOf(created))]));
            case nameof(Elbv2Operations.DescribeLoadBalancers):
                var arns = Strings(form, "LoadBalancerArns");
                var names = Strings(form, "Names");
                var visible = rules.Visible(region).ToList();
                var missing = arns.Where(a => visible.All(l => l.Arn != a)).Concat(names.Where(n => visible.All(l => l.Name != n))).ToList();
                if (missing.Count > 0)
                {
                    throw Elbv2Errors.LoadBalancerNotFound(string.Join(", ", missing.Select(m => $"'{m}'")));
                }

                var chosen = visible.Where(l => (arns.Count == 0 && names.Count == 0) || arns.Contains(l.Arn) || names.Contains(l.Name));
                return Ok(ns, action, id, Members("LoadBalancers", chosen.Select(l => Elbv2Xml.LoadBalancer(l, rules.StateOf(l)))));
            case nameof(Elbv2Operations.DeleteLoadBalancer):
                rules.DeleteLoadBalancer(Required(form, "LoadBalancerArn"));
                return Ok(ns, action, id, string.Empty);
            case nameof(Elbv2Operations.CreateTargetGroup):
                var group = rules.CreateTargetGroup(region, new Elbv2TargetGroup
                {
                    Arn = string.Empty,
                    Name = Required(form, "Name"),
                    Region = region,
                    Protocol = form.GetValueOrDefault("Protocol"),
                    Port = form.TryGetValue("Port", out var port) ? int.Parse(port, CultureInfo.InvariantCulture) : null,
                    VpcId = form.GetValueOrDefault("VpcId"),
                    TargetType = form.GetValueOrDefault("TargetType") ?? "instance",
                    Tags = Tags(form),
                });
                return Ok(ns, action, id, Members("TargetGroups", [Elbv2Xml.TargetGroup(group)]));
            case nameof(Elbv2Operations.DescribeTargetGroups):
                return Ok(ns, action, id, Members("TargetGroups", DescribeTargetGroups(region, form).Select(Elbv2Xml.TargetGroup)));
            case nameof(Elbv2Operations.DeleteTargetGroup):
                rules.DeleteTargetGroup(Required(form, "TargetGroupArn"));
                return Ok(ns, action, id, string.Empty);
            case nameof(Elbv2Operations.DescribeTags):
                var described = Strings(form, "ResourceArns").Select(arn => Elbv2Xml.TagDescription(arn, rules.TagsOf(arn))).ToList();
                return Ok(ns, action, id, Members("TagDescriptions", described));
            case nameof(Elbv2Operations.AddTags):
                var added = Tags(form);
                foreach (var arn in Strings(form, "ResourceArns"))
                {
                    var tags = rules.TagsOf(arn);
                    foreach (var (key, value) in added)
                    {
                        tags[key] = value;
                    }
                }

                return Ok(ns, action, id, string.Empty);
            default:
                throw Elbv2Errors.InvalidAction(action);
        }
    }

    public SimulatedLoadBalancer Ensure(string clusterName, string serviceKey, string type, IReadOnlyList<string> subnetIds, IReadOnlyDictionary<string, string> tags)
    {
        ArgumentNullException.ThrowIfNull(subnetIds);
        var region = subnetIds.Select(s => network()?.RegionOfSubnet(s)).FirstOrDefault(r => r is not null) ?? "us-east-1";
        return rules.Ensure(region, clusterName, serviceKey, type, subnetIds, tags);
    }

    public void Delete(string clusterName, string serviceKey) => rules.DeleteForKubernetes(clusterName, serviceKey);

    public SimulatedLoadBalancer? Find(string clusterName, string serviceKey)
    {
        rules.Settle();
        return rules.Find(clusterName, serviceKey);
    }

    public void ApplyDue() => rules.Settle();

    public IEnumerable<SimulatedResource> Resources()
    {
        rules.Settle();
        var balancers = rules.State.LoadBalancers.Values.Select(l => new SimulatedResource("elasticloadbalancing", "loadbalancer", l.Arn, rules.StateOf(l), l.Tags));
        var groups = rules.State.TargetGroups.Values.Select(g => new SimulatedResource("elasticloadbalancing", "targetgroup", g.Arn, "available", g.Tags));
        return [.. balancers, .. groups];
    }

    public IEnumerable<TaggedResource> TaggedResources(string region)
    {
        rules.Settle();
        return [.. rules.Visible(region).Select(l => new TaggedResource(l.Arn, l.Tags)), .. rules.TargetGroups(region).Select(g => new TaggedResource(g.Arn, g.Tags))];
    }

    public JsonNode SaveState() => JsonSerializer.SerializeToNode(rules.State)!;

    public void LoadState(JsonNode state) => rules.State = state.Deserialize<Elbv2State>() ?? new Elbv2State();

    public void Reset() => rules.State = new Elbv2State();

    private IEnumerable<Elbv2TargetGroup> DescribeTargetGroups(string region, IReadOnlyDictionary<string, string> form)
    {
        var arns = Strings(form, "TargetGroupArns");
        var names = Strings(form, "Names");
        var all = rules.TargetGroups(region).ToList();
        var missing = arns.Where(a => all.All(g => g.Arn != a)).Concat(names.Where(n => all.All(g => g.Name != n))).ToList();
        if (missing.Count > 0)
        {
            throw Elbv2Errors.TargetGroupNotFound(string.Join(", ", missing.Select(m => $"'{m}'")));
        }

        var loadBalancer = form.GetValueOrDefault("LoadBalancerArn");
        return all.Where(g => (arns.Count == 0 || arns.Contains(g.Arn)) && (names.Count == 0 || names.Contains(g.Name))
            && (loadBalancer is null || g.LoadBalancerArns.Contains(loadBalancer)));
    }

    private static List<string> Strings(IReadOnlyDictionary<string, string> form, string name) =>
        [.. ListOf(form, name).Select(item => item.GetValueOrDefault(string.Empty) ?? string.Empty)];

    private static Dictionary<string, string> Tags(IReadOnlyDictionary<string, string> form) =>
        ListOf(form, "Tags").ToDictionary(t => t.GetValueOrDefault("Key") ?? string.Empty, t => t.GetValueOrDefault("Value") ?? string.Empty, StringComparer.Ordinal);

    private static string Required(IReadOnlyDictionary<string, string> form, string name) =>
        form.TryGetValue(name, out var value) ? value : throw Elbv2Errors.Missing(name);
}
