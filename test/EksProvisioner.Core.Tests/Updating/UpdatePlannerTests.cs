using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Updating;

namespace EksProvisioner.Core.Tests.Updating;

public sealed class UpdatePlannerTests
{
    private const string Base = """{"name": "dev", "kubernetesVersion": "1.32", "nodeGroups": [{"name": "default", "minSize": 1, "desiredSize": 2, "maxSize": 4}]""";

    private static EnvironmentRequest Request(string more = "") => EnvironmentRequests.Parse(Base + more + "}");

    [Fact]
    public void Compare_SameRequest_Empty()
    {
        var plan = UpdatePlanner.Compare(Request(), Request());

        Assert.True(plan.Empty);
        Assert.Equal(0, plan.Minutes);
        Assert.Equal(0m, plan.HourlyCostDeltaUsd);
    }

    [Fact]
    public void Compare_DesiredSizeUp_InPlaceScalingCostingMore()
    {
        var wanted = EnvironmentRequests.Parse("""{"name": "dev", "kubernetesVersion": "1.32", "nodeGroups": [{"name": "default", "minSize": 1, "desiredSize": 4, "maxSize": 4}]}""");

        var plan = UpdatePlanner.Compare(Request(), wanted);

        var change = Assert.Single(plan.Changes);
        Assert.Equal(ChangeKind.InPlace, change.Kind);
        Assert.Equal("nodegroup/default", change.Target);
        Assert.Contains("desired 2->4", change.Description, StringComparison.Ordinal);
        Assert.True(plan.HourlyCostDeltaUsd > 0);
        Assert.Equal(1.5, plan.Minutes);
    }

    [Fact]
    public void Compare_TwoMinorVersionsUp_TwoStepsThenRollingNodes()
    {
        var wanted = EnvironmentRequests.Parse(Base.Replace("1.32", "1.34", StringComparison.Ordinal) + "}");

        var plan = UpdatePlanner.Compare(Request(), wanted);

        Assert.False(plan.Refused);
        Assert.Equal(["1.33", "1.34"], plan.KubernetesSteps);
        Assert.Contains(plan.Changes, c => c.Target == "nodegroup/default" && c.Description.Contains("1.34", StringComparison.Ordinal));
        Assert.Equal(2 * (12 + 0.75 + 8), plan.Minutes);
    }

    [Fact]
    public void Compare_Downgrade_RefusedSayingWhy()
    {
        var wanted = EnvironmentRequests.Parse(Base.Replace("1.32", "1.31", StringComparison.Ordinal) + "}");

        var plan = UpdatePlanner.Compare(Request(), wanted);

        Assert.True(plan.Refused);
        Assert.Contains("cannot downgrade", Assert.Single(plan.Refusals), StringComparison.Ordinal);
        Assert.Empty(plan.KubernetesSteps);
    }

    [Fact]
    public void Compare_OtherVpcCidr_RefusedAsNetworkChange()
    {
        var plan = UpdatePlanner.Compare(Request(), Request(""", "network": {"vpcCidr": "10.42.0.0/16"}"""));

        Assert.Contains(plan.Refusals, r => r.StartsWith("network:", StringComparison.Ordinal));
    }

    [Fact]
    public void Compare_NodeGroupAddedAndInstanceTypeChanged_AddAndReplace()
    {
        var wanted = EnvironmentRequests.Parse("""{"name": "dev", "kubernetesVersion": "1.32", "nodeGroups": [{"name": "default", "instanceTypes": ["m5.xlarge"], "minSize": 1, "desiredSize": 2, "maxSize": 4}, {"name": "batch"}]}""");

        var plan = UpdatePlanner.Compare(Request(), wanted);

        Assert.Contains(plan.Changes, c => c is { Kind: ChangeKind.Replace, Target: "nodegroup/default" });
        Assert.Contains(plan.Changes, c => c is { Kind: ChangeKind.Add, Target: "nodegroup/batch" });
    }

    [Fact]
    public void Compare_NodeGroupRemovedTtlAndAddonChanged_RemoveAndInPlace()
    {
        var recorded = Request(""", "ttlHours": 8, "addons": [{"name": "coredns"}]""");
        var wanted = EnvironmentRequests.Parse("""{"name": "dev", "kubernetesVersion": "1.32", "nodeGroups": [], "fargateProfiles": [{"name": "fp", "selectors": [{"namespace": "default"}]}], "ttlHours": 24, "addons": [{"name": "coredns", "version": "v1.12.5-eksbuild.1"}]}""");

        var plan = UpdatePlanner.Compare(recorded, wanted);

        Assert.Contains(plan.Changes, c => c is { Kind: ChangeKind.Remove, Target: "nodegroup/default" });
        Assert.Contains(plan.Changes, c => c is { Kind: ChangeKind.InPlace, Target: "tags" } && c.Description.Contains("24 h", StringComparison.Ordinal));
        Assert.Contains(plan.Changes, c => c is { Kind: ChangeKind.InPlace, Target: "addon/coredns" });
    }
}
