using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public class ResourceNamesTests
{
    private static readonly string LongestName = "a" + new string('9', ResourceNames.MaxEnvironmentNameLength - 1);
    private static readonly string LongestPrefix = "p" + new string('9', NameScope.MaxPrefixLength - 1);

    private static readonly ResourceNames Dev = NameScope.Default("us-east-1").For("dev");

    [Theory]
    [InlineData("us-east-1")]
    [InlineData("ap-southeast-2")]
    [InlineData("us-isob-east-1")]
    [InlineData("xx-unknown-shape-of-region-99")]
    public void Roles_LongestPrefixEnvironmentAndRegionTag_FitIamLimit(string region)
    {
        var names = new NameScope(LongestPrefix, region).For(LongestName);

        Assert.All(names.Roles, role =>
        {
            Assert.InRange(role.Length, 1, 64);
            Assert.Matches("^[A-Za-z0-9+=,.@_-]+$", role);
            Assert.StartsWith(LongestPrefix + "-", role, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Roles_DefaultScope_CarryPrefixEnvironmentAndRegionTag()
    {
        Assert.Equal("eksprov-dev-use1-cluster", Dev.ClusterRole);
        Assert.Equal("eksprov-dev-use1-node", Dev.NodeRole);
        Assert.Equal("eksprov-dev-use1-fargate", Dev.FargatePodExecutionRole);
    }

    [Fact]
    public void Roles_SameEnvironmentInTwoRegions_AreDistinct()
    {
        var other = NameScope.Default("eu-central-1").For("dev");

        Assert.Empty(Dev.Roles.Intersect(other.Roles));
        Assert.Equal(Dev.Cluster, other.Cluster);
    }

    [Fact]
    public void Cluster_LongestPrefixAndEnvironmentName_FitsEksClusterNameRule()
    {
        var cluster = new NameScope(LongestPrefix, "us-east-1").For(LongestName).Cluster;

        Assert.InRange(cluster.Length, 1, 100);
        Assert.Matches(@"^[0-9A-Za-z][A-Za-z0-9\-_]*$", cluster);
    }

    [Fact]
    public void Cluster_CarriesThePrefix_AndKeepsTheEnvironmentName()
    {
        var names = new NameScope("team1", "us-east-1").For("dev");

        Assert.Equal("team1-dev", names.Cluster);
        Assert.Equal("dev", names.Environment);
        Assert.Equal("team1-dev@us-east-1", names.KubeconfigContext);
    }

    [Fact]
    public void Execution_IsDeterministicAndFitsStepFunctionsLimit()
    {
        var startedAt = new DateTimeOffset(2026, 1, 2, 3, 4, 5, TimeSpan.FromHours(2));

        var name = ResourceNames.Execution(LongestName, startedAt);

        Assert.Equal(LongestName + "-20260102T010405Z", name);
        Assert.InRange(name.Length, 1, 80);
        Assert.Matches("^[A-Za-z0-9_-]+$", name);
    }

    [Fact]
    public void NetworkNames_AreDistinctPerZone()
    {
        string[] names =
        [
            Dev.Vpc, Dev.InternetGateway, Dev.PublicRouteTable,
            .. Enumerable.Range(0, 3).SelectMany(i => new[]
            {
                Dev.PublicSubnet(i), Dev.PrivateSubnet(i), Dev.PrivateRouteTable(i), Dev.NatElasticIp(i), Dev.NatGateway(i),
            }),
        ];

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith("eksprov-dev-", n, StringComparison.Ordinal));
        Assert.Equal("eksprov-dev-private-2", Dev.PrivateSubnet(1));
    }
}
