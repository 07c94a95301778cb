using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Planning;

/// <summary>Computes a plan's time and cost estimates.</summary>
internal static class Estimator
{
    public static PlanEstimate Estimate(EnvironmentRequest request, IReadOnlyList<PlannedResource> resources)
    {
        var (duration, path) = CriticalPath(resources);
        var (lines, notPriced) = Costs(request, atMaxSize: false);
        return new PlanEstimate(
            Math.Round(duration.TotalMinutes, 1, MidpointRounding.AwayFromZero),
            lines.Sum(l => l.HourlyUsd),
            PriceTable.AsOf,
            path,
            lines,
            notPriced);
    }

    /// <summary>
    /// Longest path through the dependency graph, each resource taking its <see cref="LatencyTable"/>
    /// time once all it depends on is done. Resources are in creation order, so one pass suffices.
    /// </summary>
    internal static (TimeSpan Duration, IReadOnlyList<string> Path) CriticalPath(IReadOnlyList<PlannedResource> resources)
    {
        var finish = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var before = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var resource in resources)
        {
            var start = TimeSpan.Zero;
            string? latest = null;
            foreach (var dependency in resource.DependsOn)
            {
                if (!finish.TryGetValue(dependency, out var done))
                {
                    throw new InvalidOperationException($"{resource.Ref} depends on {dependency}, which is not planned before it.");
                }

                if (done > start)
                {
                    (start, latest) = (done, dependency);
                }
            }

            finish[resource.Ref] = start + LatencyTable.For(resource.Type);
            before[resource.Ref] = latest;
        }

        if (finish.Count == 0)
        {
            return (TimeSpan.Zero, []);
        }

        var last = finish.MaxBy(f => f.Value).Key;
        var path = new List<string>();
        for (string? at = last; at is not null; at = before[at])
        {
            path.Add(at);
        }

        path.Reverse();
        return (finish[last], path);
    }

    /// <summary>
    /// The most the request can cost an hour, what the cost guardrail limits: every node group scaled to
    /// its maxSize on the dearest of its instance types (the plan shows the desired size on the first).
    /// </summary>
    public static decimal MaxHourlyCost(EnvironmentRequest request) => Costs(request, atMaxSize: true).Lines.Sum(l => l.HourlyUsd);

    private static (IReadOnlyList<CostLine> Lines, IReadOnlyList<string> NotPriced) Costs(EnvironmentRequest request, bool atMaxSize)
    {
        var lines = new List<CostLine> { Line("EKS control plane", 1, PriceTable.ControlPlanePerHour) };
        var notPriced = new List<string>();
        var nats = request.Network.NatGatewayCount;
        if (nats > 0)
        {
            lines.Add(Line("NAT gateway", nats, PriceTable.NatGatewayPerHour));
            lines.Add(Line("Public IPv4 address (NAT gateway)", nats, PriceTable.PublicIpv4PerHour));
        }

        foreach (var group in request.NodeGroups)
        {
            var type = atMaxSize ? group.InstanceTypes.MaxBy(t => PriceTable.InstancePerHour(t) ?? 0m)! : group.InstanceTypes[0];
            var capacity = group.CapacityType == CapacityType.Spot ? "SPOT" : "ON_DEMAND";
            if (PriceTable.InstancePerHour(type) is not { } price)
            {
                notPriced.Add($"node group {group.Name}: {type} is not in the price table");
                continue;
            }

            var unit = group.CapacityType == CapacityType.Spot ? Math.Round(price * PriceTable.SpotShareOfOnDemand, 4) : price;
            lines.Add(atMaxSize
                ? Line($"node group {group.Name}: {type} {capacity} (max size)", group.MaxSize, unit)
                : Line($"node group {group.Name}: {type} {capacity} (desired size)", group.DesiredSize, unit));
        }

        var publicNodes = request.Network.NodesInPublicSubnets ? request.NodeGroups.Sum(g => atMaxSize ? g.MaxSize : g.DesiredSize) : 0;
        if (publicNodes > 0)
        {
            lines.Add(Line("Public IPv4 address (nodes in public subnets)", publicNodes, PriceTable.PublicIpv4PerHour));
        }

        if (request.FargateProfiles.Count > 0)
        {
            notPriced.Add("Fargate pods: billed per vCPU and GiB while pods run");
        }

        notPriced.Add("EBS volumes, data transfer, CloudWatch Logs and load balancers");
        return (lines, notPriced);
    }

    private static CostLine Line(string item, int quantity, decimal unit) => new(item, quantity, unit, quantity * unit);
}
