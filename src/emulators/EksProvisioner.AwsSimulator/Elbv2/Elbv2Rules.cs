using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Eks;
using EksProvisioner.AwsSimulator.Hosting;

namespace EksProvisioner.AwsSimulator.Elbv2;

/// <summary>
/// ELBv2's state and rules. A load balancer is provisioning, then active, on the clock; deleting one
/// removes it from the API at once (as AWS does) but its interfaces stay in EC2 until the deletion is
/// complete, so the subnets and the internet gateway stay blocked meanwhile. Deleting a load balancer
/// removes its listeners, which frees its target groups; before that a target group is in use.
/// </summary>
internal sealed partial class Elbv2Rules(SimulatorServiceContext context, Func<IEc2Network?> network)
{
    private const string RequesterId = "amazon-elb";
    private readonly Durations _durations = new(context.Latency);

    public Elbv2State State { get; set; } = new();

    private DateTimeOffset Now => context.Clock.GetUtcNow();

    /// <summary>Completes due deletions: the interfaces go, and a security group the controller made when Kubernetes deleted it.</summary>
    public void Settle()
    {
        var now = Now;
        foreach (var lb in State.LoadBalancers.Values.Where(l => l.Lifecycle.PhaseAt(now) == Phase.Gone).ToList())
        {
            foreach (var placement in lb.Placements)
            {
                network()?.DeleteServiceResource(placement.NetworkInterfaceId);
            }

            if (lb.OwnedSecurityGroup is { } group && lb.ReleaseOwnedGroup)
            {
                network()?.DeleteServiceResource(group);
            }

            State.LoadBalancers.Remove(lb.Arn);
        }
    }

    public string StateOf(Elbv2LoadBalancer lb) => lb.Lifecycle.PhaseAt(Now) switch
    {
        Phase.Creating => "provisioning",
        Phase.Active => "active",
        _ => "deleting",
    };

    /// <summary>The load balancers the API shows: every one not being deleted.</summary>
    public IEnumerable<Elbv2LoadBalancer> Visible(string region) =>
        State.LoadBalancers.Values.Where(l => l.Region == region && l.Lifecycle.DeletingSince is null);

    public Elbv2LoadBalancer CreateLoadBalancer(string region, Elbv2LoadBalancerSpec spec)
    {
        var net = network() ?? throw new InvalidOperationException("ELBv2 needs the EC2 network");
        if (Visible(region).FirstOrDefault(l => l.Name == spec.Name) is { } existing)
        {
            // Same name and settings answers the existing one (CreateLoadBalancer is idempotent).
            return existing.Type == spec.Type && existing.Scheme == spec.Scheme ? existing : throw Elbv2Errors.DuplicateLoadBalancerName(spec.Name);
        }

        ValidateName(spec.Name, "load balancer");
        if (spec.Subnets.Count == 0)
        {
            throw Elbv2Errors.Validation("At least one subnet must be specified");
        }

        var vpcs = spec.Subnets.Select(s => net.VpcOfSubnet(s) ?? throw Elbv2Errors.SubnetNotFound(s)).Distinct().ToList();
        if (vpcs.Count > 1)
        {
            throw Elbv2Errors.Validation("The subnets must all be in the same VPC");
        }

        var id = Id(region + "/lb/" + spec.Name);
        var prefix = spec.Type switch { "application" => "app", "network" => "net", _ => "gwy" };
        var arn = $"arn:aws:elasticloadbalancing:{region}:{context.AccountId}:loadbalancer/{prefix}/{spec.Name}/{id}";
        var lb = new Elbv2LoadBalancer
        {
            Arn = arn,
            Name = spec.Name,
            Region = region,
            Type = spec.Type,
            Scheme = spec.Scheme,
            VpcId = vpcs[0],
            DnsName = $"{spec.Name}-{id[..10]}.elb.{region}.amazonaws.com",
            Lifecycle = Lifecycle.Started(Now, _durations.Of(context.Latency.LoadBalancerCreateSeconds)),
            SecurityGroups = [.. spec.SecurityGroups],
            ServiceKey = spec.ServiceKey,
            ClusterName = spec.ClusterName,
            Tags = new Dictionary<string, string>(spec.Tags, StringComparer.Ordinal),
        };
        if (spec.Type == "application" && spec.ServiceKey is not null)
        {
            // The AWS Load Balancer Controller makes one security group per Ingress load balancer.
            lb.OwnedSecurityGroup = net.CreateServiceSecurityGroup(lb.VpcId, $"k8s-{spec.Name}", $"[k8s] Managed SecurityGroup for LoadBalancer {spec.Name}", spec.Tags);
            lb.SecurityGroups.Add(lb.OwnedSecurityGroup);
        }

        var publicAddress = spec.Scheme == "internet-facing";
        foreach (var subnet in spec.Subnets)
        {
            var description = $"ELB {prefix}/{spec.Name}/{id}";
            var eni = publicAddress
                ? net.CreateServicePublicNetworkInterface(subnet, description, RequesterId, new Dictionary<string, string>())
                : net.CreateServiceNetworkInterface(subnet, description, RequesterId, new Dictionary<string, string>());
            lb.Placements.Add(new Elbv2Placement(subnet, net.ZoneOfSubnet(subnet) ?? string.Empty, eni));
        }

        State.LoadBalancers[arn] = lb;
        return lb;
    }

    /// <summary>Starts the deletion; an unknown or already deleted load balancer is no error (AWS answers success).</summary>
    public void DeleteLoadBalancer(string arn, bool byKubernetes = false)
    {
        if (State.LoadBalancers.GetValueOrDefault(arn) is not { } lb || lb.Lifecycle.DeletingSince is not null)
        {
            return;
        }

        lb.ReleaseOwnedGroup = byKubernetes;
        lb.Lifecycle.StartDeleting(Now, _durations.Of(context.Latency.LoadBalancerDeleteSeconds));
        foreach (var group in State.TargetGroups.Values)
        {
            group.LoadBalancerArns.Remove(arn);
        }
    }

    public Dictionary<string, string> TagsOf(string arn) =>
        State.LoadBalancers.GetValueOrDefault(arn) is { Lifecycle.DeletingSince: null } lb ? lb.Tags
        : State.TargetGroups.GetValueOrDefault(arn)?.Tags
        ?? throw (arn.Contains(":targetgroup/", StringComparison.Ordinal) ? Elbv2Errors.TargetGroupNotFound(arn) : Elbv2Errors.LoadBalancerNotFound(arn));

    private string Id(string seed) => RequestIds.Hex(seed + "/" + ++State.Sequence, 16).ToLowerInvariant();

    private static void ValidateName(string name, string what)
    {
        if (name.Length is 0 or > 32 || name.StartsWith('-') || name.EndsWith('-') || !name.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw Elbv2Errors.Validation($"The {what} name '{name}' must be 1-32 letters, digits or hyphens, not starting or ending with a hyphen");
        }
    }
}
