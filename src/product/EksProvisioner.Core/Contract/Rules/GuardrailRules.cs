using EksProvisioner.Core.Contract.Reading;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Core.Contract.Rules;

/// <summary>The <see cref="Guardrails"/> ceilings, checked on the defaulted request; each problem names the figure, the limit and where it is set.</summary>
internal static class GuardrailRules
{
    public static GuardrailVerdict Check(EnvironmentRequest request, Guardrails guardrails)
    {
        var problems = new ProblemList();
        for (var g = 0; g < request.NodeGroups.Count; g++)
        {
            var types = request.NodeGroups[g].InstanceTypes;
            for (var t = 0; t < types.Count; t++)
            {
                var family = types[t].Split('.')[0];
                if (!guardrails.Allows(family))
                {
                    problems.Add(
                        JsonPath.Index(JsonPath.Property(JsonPath.Index("$.nodeGroups", g), "instanceTypes"), t),
                        $"'{types[t]}' is of the instance family {family}, which is not allowed; allowed families are "
                        + $"{string.Join(", ", guardrails.AllowedInstanceFamilies)} (stack parameter AllowedInstanceFamilies / --allowed-instance-families)");
                }
            }
        }

        var nodes = request.NodeGroups.Sum(n => n.MaxSize);
        if (nodes > guardrails.MaxNodes)
        {
            problems.Add(
                "$.nodeGroups",
                $"{nodes} nodes at most (maxSize summed) exceeds the limit of {guardrails.MaxNodes} (stack parameter MaxNodesPerEnvironment / --max-nodes)");
        }

        var cost = Estimator.MaxHourlyCost(request);
        if (cost > guardrails.MaxHourlyCostUsd)
        {
            problems.Add(
                JsonPath.Root,
                $"estimated {Guardrails.Usd(cost)} per hour at most (node groups at maxSize, prices as of {PriceTable.AsOf}) exceeds the limit of "
                + $"{Guardrails.Usd(guardrails.MaxHourlyCostUsd)} (stack parameter MaxHourlyCostUsd / --max-hourly-cost)");
        }

        return new GuardrailVerdict(guardrails, nodes, cost, problems.Items);
    }
}
