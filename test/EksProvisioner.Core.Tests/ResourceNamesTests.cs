using System.Text.RegularExpressions;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Core.Tests;

public class ResourceNamesTests
{
    private static readonly string LongestName = "a" + new string('9', ResourceNames.MaxEnvironmentNameLength - 1);

    [Fact]
    public void Roles_LongestEnvironmentName_FitIamLimit()
    {
        foreach (var role in new[] { ResourceNames.ClusterRole(LongestName), ResourceNames.NodeRole(LongestName), ResourceNames.FargatePodExecutionRole(LongestName) })
        {
            Assert.InRange(role.Length, 1, 64);
            Assert.Matches("^[A-Za-z0-9+=,.@_-]+$", role);
        }
    }

    [Fact]
    public void Cluster_LongestEnvironmentName_FitsEksClusterNameRule()
    {
        var cluster = ResourceNames.Cluster(LongestName);

        Assert.InRange(cluster.Length, 1, 100);
        Assert.Matches(@"^[0-9A-Za-z][A-Za-z0-9\-_]*$", cluster);
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
            ResourceNames.Vpc("dev"), ResourceNames.InternetGateway("dev"), ResourceNames.PublicRouteTable("dev"),
            .. Enumerable.Range(0, 3).SelectMany(i => new[]
            {
                ResourceNames.PublicSubnet("dev", i), ResourceNames.PrivateSubnet("dev", i), ResourceNames.PrivateRouteTable("dev", i),
                ResourceNames.NatElasticIp("dev", i), ResourceNames.NatGateway("dev", i),
            }),
        ];

        Assert.Equal(names.Length, names.Distinct().Count());
        Assert.All(names, n => Assert.StartsWith("eksprov-dev-", n, StringComparison.Ordinal));
        Assert.Equal("eksprov-dev-private-2", ResourceNames.PrivateSubnet("dev", 1));
    }
}
