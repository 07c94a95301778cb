using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Planning;
using EksProvisioner.Testing;

namespace EksProvisioner.Core.Tests;

public class ResourcePlannerTests
{
    private static readonly DateTimeOffset CreatedAt = new(2026, 5, 6, 7, 8, 9, TimeSpan.Zero);

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public void Plan_Example_EveryDependencyComesFirstAndEveryResourceIsOwned(string file)
    {
        var request = EnvironmentRequests.Parse(TestData.Example(file));

        var plan = ResourcePlanner.Plan(request, CreatedAt);

        var seen = new HashSet<string>();
        foreach (var resource in plan.Resources)
        {
            Assert.All(resource.DependsOn, d => Assert.Contains(d, seen));
            Assert.True(seen.Add(resource.Ref), $"{resource.Ref} is planned twice");
            Assert.Equal(request.Name, resource.Tags[TagKeys.Environment]);
            Assert.InRange(resource.Tags.Count, 1, TagKeys.MaxTagsPerResource);
            Assert.All(OwnershipTags.For(request, CreatedAt), t => Assert.Equal(t.Value, resource.Tags[t.Key]));
        }
    }

    [Fact]
    public void Plan_Minimal_HasTheDefaultNetworkAndOneNodeGroup()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse("""{"name": "dev"}"""), CreatedAt);

        Assert.Equal(
            new Dictionary<string, int>
            {
                [ResourceTypes.IamRole] = 2, [ResourceTypes.Vpc] = 1, [ResourceTypes.InternetGateway] = 1, [ResourceTypes.Subnet] = 6,
                [ResourceTypes.RouteTable] = 4, [ResourceTypes.ElasticIp] = 1, [ResourceTypes.NatGateway] = 1,
                [ResourceTypes.SecurityGroup] = 1, [ResourceTypes.Cluster] = 1, [ResourceTypes.Nodegroup] = 1,
            },
            plan.Resources.GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Count()));
        var nodegroup = plan.Resources.Single(r => r.Type == ResourceTypes.Nodegroup);
        Assert.Contains($"{ResourceTypes.RouteTable}/{NameScope.Default("us-east-1").For("dev").PrivateRouteTable(2)}", nodegroup.DependsOn);
        Assert.Contains($"{ResourceTypes.Cluster}/eksprov-dev", nodegroup.DependsOn);
    }

    [Fact]
    public void Plan_PerAzNat_GivesEachPrivateRouteTableItsOwnNat()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse("""{"name": "p", "network": {"natGateways": "perAz"}}"""), CreatedAt);

        Assert.Equal(3, plan.Resources.Count(r => r.Type == ResourceTypes.NatGateway));
        Assert.Equal(3, plan.Resources.Count(r => r.Type == ResourceTypes.ElasticIp));
        for (var i = 0; i < 3; i++)
        {
            var table = plan.Resources.Single(r => r.Name == NameScope.Default("us-east-1").For("p").PrivateRouteTable(i));
            Assert.Contains($"{ResourceTypes.NatGateway}/{NameScope.Default("us-east-1").For("p").NatGateway(i)}", table.DependsOn);
        }
    }

    [Fact]
    public void Plan_NoNat_PutsNodesOnThePublicRouteTable()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse("""{"name": "n", "network": {"natGateways": "none"}}"""), CreatedAt);

        Assert.DoesNotContain(plan.Resources, r => r.Type is ResourceTypes.NatGateway or ResourceTypes.ElasticIp);
        var nodegroup = plan.Resources.Single(r => r.Type == ResourceTypes.Nodegroup);
        Assert.Contains($"{ResourceTypes.RouteTable}/{NameScope.Default("us-east-1").For("n").PublicRouteTable}", nodegroup.DependsOn);
    }

    [Fact]
    public void Plan_FargateProfilesAndAddons_WaitForWhatTheyNeed()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse(TestData.Example("fargate-only.json")), CreatedAt);

        Assert.DoesNotContain(plan.Resources, r => r.Name == NameScope.Default("us-east-1").For("serverless").NodeRole);
        var apps = plan.Resources.Single(r => r.Type == ResourceTypes.FargateProfile && r.Name == "apps");
        Assert.Contains($"{ResourceTypes.FargateProfile}/system", apps.DependsOn);
        Assert.Contains($"{ResourceTypes.IamRole}/{NameScope.Default("us-east-1").For("serverless").FargatePodExecutionRole}", apps.DependsOn);
        Assert.All(plan.Resources.Where(r => r.Type == ResourceTypes.Addon), a => Assert.Contains(apps.Ref, a.DependsOn));
    }

    [Fact]
    public void Plan_Subnets_CarryLoadBalancerDiscoveryTags()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse("""{"name": "dev"}"""), CreatedAt);

        var pub = plan.Resources.Single(r => r.Name == NameScope.Default("us-east-1").For("dev").PublicSubnet(0));
        var priv = plan.Resources.Single(r => r.Name == NameScope.Default("us-east-1").For("dev").PrivateSubnet(0));
        Assert.Equal("1", pub.Tags[TagKeys.ElbRole]);
        Assert.Equal("1", priv.Tags[TagKeys.InternalElbRole]);
        Assert.Equal("owned", priv.Tags[TagKeys.ClusterOwnership("eksprov-dev")]);
        Assert.Equal(NameScope.Default("us-east-1").For("dev").PublicSubnet(0), pub.Tags[TagKeys.Name]);
    }

    [Fact]
    public void Plan_AdminPrincipals_GetOneAccessEntryEach()
    {
        var plan = ResourcePlanner.Plan(EnvironmentRequests.Parse("""
            {"name": "a", "access": {"adminPrincipalArns": ["arn:aws:iam::123456789012:role/A", "arn:aws:iam::123456789012:user/b"]}}
            """), CreatedAt);

        Assert.Equal(2, plan.Resources.Count(r => r.Type == ResourceTypes.AccessEntry));
    }

    [Fact]
    public void Plan_StackPrefix_EveryResourceNameOfOursCarriesIt()
    {
        var request = EnvironmentRequests.Parse("""{"name": "dev", "region": "eu-central-1"}""");

        var plan = ResourcePlanner.Plan(request, CreatedAt, "team1");

        var named = plan.Resources.Where(r => r.Type != ResourceTypes.Nodegroup).ToList();
        Assert.All(named, r => Assert.StartsWith("team1-dev", r.Name, StringComparison.Ordinal));
        Assert.Contains(plan.Resources, r => r.Type == ResourceTypes.IamRole && r.Name == "team1-dev-euc1-cluster");
        Assert.Contains(plan.Resources, r => r.Type == ResourceTypes.Cluster && r.Name == "team1-dev");
    }
}
