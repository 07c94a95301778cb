using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Planning;
using EksProvisioner.Testing;

namespace EksProvisioner.Core.Tests;

public class EstimatorTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Fact]
    public void Estimate_Minimal_CriticalPathIsRoleClusterNodegroup()
    {
        var estimate = Plan("""{"name": "dev"}""").Estimate;

        var expected = LatencyTable.For(ResourceTypes.IamRole) + LatencyTable.For(ResourceTypes.Cluster) + LatencyTable.For(ResourceTypes.Nodegroup);
        Assert.Equal(Math.Round(expected.TotalMinutes, 1), estimate.Minutes);
        Assert.Equal(
            [$"{ResourceTypes.IamRole}/{NameScope.Default("us-east-1").For("dev").ClusterRole}", $"{ResourceTypes.Cluster}/{NameScope.Default("us-east-1").For("dev").Cluster}", $"{ResourceTypes.Nodegroup}/default"],
            estimate.CriticalPath);
    }

    [Fact]
    public void Estimate_Minimal_CostsControlPlaneNatAndTwoNodes()
    {
        var estimate = Plan("""{"name": "dev"}""").Estimate;

        var expected = PriceTable.ControlPlanePerHour + PriceTable.NatGatewayPerHour + PriceTable.PublicIpv4PerHour
            + (2 * PriceTable.InstancePerHour("m5.large")!.Value);
        Assert.Equal(expected, estimate.HourlyCostUsd);
        Assert.Equal(estimate.CostLines.Sum(l => l.HourlyUsd), estimate.HourlyCostUsd);
        Assert.Equal(PriceTable.AsOf, estimate.PricesAsOf);
    }

    [Fact]
    public void Estimate_FargateChainAndAddons_LengthenTheCriticalPath()
    {
        var estimate = Plan(TestData.Example("fargate-only.json")).Estimate;

        var expected = LatencyTable.For(ResourceTypes.IamRole) + LatencyTable.For(ResourceTypes.Cluster)
            + (2 * LatencyTable.For(ResourceTypes.FargateProfile)) + LatencyTable.For(ResourceTypes.Addon);
        Assert.Equal(Math.Round(expected.TotalMinutes, 1), estimate.Minutes);
        Assert.Contains(estimate.NotPriced, n => n.StartsWith("Fargate", StringComparison.Ordinal));
    }

    [Fact]
    public void Estimate_Spot_IsPricedAsDocumented()
    {
        var estimate = Plan("""
            {"name": "s", "network": {"natGateways": "perAz"}, "nodeGroups": [
              {"name": "spot", "instanceTypes": ["m5.large"], "capacityType": "SPOT", "desiredSize": 4, "maxSize": 4}]}
            """).Estimate;

        var spot = estimate.CostLines.Single(l => l.Item.StartsWith("node group spot", StringComparison.Ordinal));
        Assert.Equal((4, Math.Round(PriceTable.InstancePerHour("m5.large")!.Value * PriceTable.SpotShareOfOnDemand, 4)), (spot.Quantity, spot.UnitHourlyUsd));
        Assert.Equal(3, estimate.CostLines.Single(l => l.Item == "NAT gateway").Quantity);
    }

    [Fact]
    public void CriticalPath_DependencyMissing_Throws()
    {
        PlannedResource[] resources = [new(ResourceTypes.Cluster, "c", ["AWS::IAM::Role/r"], new Dictionary<string, string>())];

        Assert.Throws<InvalidOperationException>(() => Estimator.CriticalPath(resources));
    }

    private static ResourcePlan Plan(string json) => ResourcePlanner.Plan(EnvironmentRequests.Parse(json), CreatedAt);
}
