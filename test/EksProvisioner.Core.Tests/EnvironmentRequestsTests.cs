using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Errors;
using EksProvisioner.Testing;

namespace EksProvisioner.Core.Tests;

public class EnvironmentRequestsTests
{
    [Theory]
    [MemberData(nameof(TestData.InvalidCases), MemberType = typeof(TestData))]
    public void Validate_InvalidCase_ReportsExactlyTheExpectedProblem(string file)
    {
        var result = EnvironmentRequests.Validate(TestData.Invalid(file));

        Assert.False(result.IsValid);
        Assert.Null(result.Request);
        Assert.Equal([TestData.ExpectedProblems[file]], result.Problems);
    }

    [Fact]
    public void InvalidCases_AreAtLeastFiftyAndEveryFileHasAnExpectation()
    {
        var files = Directory.GetFiles(TestData.InvalidFolder, "*.json").Select(Path.GetFileName).ToHashSet();

        Assert.True(files.Count >= 50, $"only {files.Count} invalid cases");
        Assert.Equal(files.Order(), TestData.ExpectedProblems.Keys.Order());
    }

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public void Validate_Example_IsValid(string file)
    {
        var result = EnvironmentRequests.Validate(TestData.Example(file));

        Assert.Empty(result.Problems);
        Assert.NotNull(result.Request);
    }

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public void ToJson_DefaultedExample_ParsesBackToTheSameRequest(string file)
    {
        var first = EnvironmentRequests.ToJson(EnvironmentRequests.Parse(TestData.Example(file)));

        var second = EnvironmentRequests.ToJson(EnvironmentRequests.Parse(first));

        Assert.Equal(first, second);
    }

    [Fact]
    public void Parse_NameOnly_GetsEksctlLikeDefaults()
    {
        var request = EnvironmentRequests.Parse("""{"name": "dev"}""");

        Assert.Equal(RequestDefaults.Region, request.Region);
        Assert.Equal(KubernetesVersions.Default, request.KubernetesVersion);
        Assert.Equal("192.168.0.0/16", request.Network.VpcCidr);
        Assert.Equal(3, request.Network.AvailabilityZoneCount);
        Assert.Null(request.Network.AvailabilityZones);
        Assert.Equal(NatGatewayMode.Single, request.Network.NatGateways);
        Assert.Equal(["192.168.0.0/19", "192.168.32.0/19", "192.168.64.0/19"], request.Network.PublicSubnetCidrs);
        Assert.Equal(["192.168.96.0/19", "192.168.128.0/19", "192.168.160.0/19"], request.Network.PrivateSubnetCidrs);
        Assert.True(request.Cluster.EndpointPublicAccess);
        Assert.True(request.Cluster.EndpointPrivateAccess);
        Assert.Equal(["0.0.0.0/0"], request.Cluster.PublicAccessCidrs);
        Assert.Empty(request.Cluster.LogTypes);
        Assert.Equal(AuthenticationMode.Api, request.Cluster.AuthenticationMode);
        var group = Assert.Single(request.NodeGroups);
        Assert.Equal(("default", CapacityType.OnDemand, 1, 2, 3, 20, "AL2023_x86_64_STANDARD"),
            (group.Name, group.CapacityType, group.MinSize, group.DesiredSize, group.MaxSize, group.DiskSizeGiB, group.AmiType));
        Assert.Equal(["m5.large"], group.InstanceTypes);
        Assert.Empty(request.FargateProfiles);
        Assert.Empty(request.Addons);
        Assert.Empty(request.Access.AdminPrincipalArns);
        Assert.Null(request.TtlHours);
        Assert.Null(request.Owner);
        Assert.Null(request.Ticket);
        Assert.Empty(request.Tags);
    }

    [Fact]
    public void Parse_EmptyNodeGroupList_MeansNoNodeGroups()
    {
        var request = EnvironmentRequests.Parse("""
            {"name": "f", "nodeGroups": [], "fargateProfiles": [{"name": "p", "selectors": [{"namespace": "default"}]}]}
            """);

        Assert.Empty(request.NodeGroups);
        Assert.Equal("default", Assert.Single(Assert.Single(request.FargateProfiles).Selectors).Namespace);
    }

    [Fact]
    public void Parse_ExplicitZones_SetTheCount()
    {
        var request = EnvironmentRequests.Parse("""{"name": "z", "region": "eu-west-1", "network": {"availabilityZones": ["eu-west-1b", "eu-west-1c"]}}""");

        Assert.Equal(2, request.Network.AvailabilityZoneCount);
        Assert.Equal(["eu-west-1b", "eu-west-1c"], request.Network.AvailabilityZones);
        Assert.Equal(2, request.Network.PublicSubnetCidrs.Count);
    }

    [Fact]
    public void Parse_PrivateEndpointOnly_HasNoPublicAccessCidrs()
    {
        var request = EnvironmentRequests.Parse("""{"name": "p", "cluster": {"endpointPublicAccess": false}}""");

        Assert.Empty(request.Cluster.PublicAccessCidrs);
    }

    [Fact]
    public void Parse_InvalidRequest_ThrowsWithEveryProblem()
    {
        var ex = Assert.Throws<EnvironmentRequestInvalidException>(() => EnvironmentRequests.Parse("""
            {"name": "Dev", "nodegroups": [], "network": {"vpcCidr": "10.0.0.1/16", "natGateways": "multi"}, "ttlHours": 0}
            """));

        Assert.Equal(
        [
            "$.nodegroups: unknown field; did you mean nodeGroups?",
            "$.name: 'Dev' is not a valid environment name; use 1-40 lowercase letters, digits or hyphens, starting with a letter and not ending with a hyphen",
            "$.network.vpcCidr: '10.0.0.1/16' has host bits set; the block is 10.0.0.0/16",
            "$.network.natGateways: 'multi' is not allowed; use one of single, perAz, none",
            "$.ttlHours: 0 is out of range; use 1 to 720 hours (30 days), or null for no expiry",
        ], ex.Problems);
        Assert.Equal(nameof(EnvironmentRequestInvalidException), ex.ErrorName);
    }

    [Fact]
    public void Parse_NullForNone_IsAllowedWhereItMeansNone()
    {
        var request = EnvironmentRequests.Parse("""{"name": "n", "ttlHours": null, "owner": null, "ticket": null}""");

        Assert.Null(request.TtlHours);
        Assert.Null(request.Owner);
        Assert.Null(request.Ticket);
    }

    [Fact]
    public void Parse_SizesPartlyGiven_DefaultsTheRestConsistently()
    {
        var request = EnvironmentRequests.Parse("""{"name": "s", "nodeGroups": [{"name": "big", "minSize": 5}]}""");

        var group = Assert.Single(request.NodeGroups);
        Assert.Equal((5, 5, 5), (group.MinSize, group.DesiredSize, group.MaxSize));
    }

    [Fact]
    public void Parse_FortyCharacterName_IsAccepted()
    {
        var name = "a" + new string('b', 38) + "c";

        Assert.Equal(name, EnvironmentRequests.Parse($$"""{"name": "{{name}}"}""").Name);
    }

    [Fact]
    public void Validate_StackRegionAndNoRegion_DefaultsToTheStacksRegion()
    {
        var result = EnvironmentRequests.Validate("""{"name":"dev"}""", "ap-southeast-2");

        Assert.Equal("ap-southeast-2", result.Request!.Region);
    }

    [Fact]
    public void Validate_StackRegionAndTheSameRegion_IsValid() =>
        Assert.True(EnvironmentRequests.Validate("""{"name":"dev","region":"eu-west-1"}""", "eu-west-1").IsValid);

    [Fact]
    public void Validate_StackRegionAndAnotherRegion_OneProblemNamingTheFieldBothRegionsAndTheFix()
    {
        var result = EnvironmentRequests.Validate("""{"name":"dev","region":"us-west-2"}""", "eu-west-1");

        Assert.Null(result.Request);
        var problem = Assert.Single(result.Problems);
        Assert.StartsWith("$.region: 'us-west-2'", problem, StringComparison.Ordinal);
        Assert.Contains("(eu-west-1)", problem, StringComparison.Ordinal);
        Assert.Contains("leave region out", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("[1]")]
    [InlineData("""{"name":"Bad_Name","ttlHours":0}""")]
    public void Validate_StackRegionAndAnInvalidRequest_SameProblemsAsWithoutIt(string json) =>
        Assert.Equal(EnvironmentRequests.Validate(json).Problems, EnvironmentRequests.Validate(json, "us-east-1").Problems);
}
