using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Contract.Rules;
using EksProvisioner.Testing;

namespace EksProvisioner.Core.Tests;

public class RequestSchemaTests
{
    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public void Evaluate_ExampleAndItsDefaultedForm_AreValid(string file)
    {
        var defaulted = EnvironmentRequests.ToJsonNode(EnvironmentRequests.Parse(TestData.Example(file)));

        Assert.Empty(RequestSchema.Evaluate(JsonNode.Parse(TestData.Example(file))!));
        Assert.Empty(RequestSchema.Evaluate(defaulted));
    }

    [Theory]
    [InlineData("""{"name": "dev", "colour": "blue"}""", "$.colour")]
    [InlineData("""{"name": "dev", "network": {"natGateways": "multi"}}""", "$.network.natGateways")]
    [InlineData("""{"name": "dev", "nodeGroups": [{"name": "a", "amiType": "CUSTOM"}]}""", "$.nodeGroups[0].amiType")]
    [InlineData("""{"region": "us-east-1"}""", "$")]
    public void Evaluate_StructurallyInvalid_ReportsTheLocation(string json, string path)
    {
        var problems = RequestSchema.Evaluate(JsonNode.Parse(json)!);

        Assert.Contains(problems, p => p.Path == path);
    }

    [Fact]
    public void Text_ListsTheSupportedKubernetesVersionsAndAmiTypes()
    {
        var schema = JsonNode.Parse(RequestSchema.Text)!;
        var versions = schema["properties"]!["kubernetesVersion"]!;
        var ami = schema["properties"]!["nodeGroups"]!["items"]!["properties"]!["amiType"]!;

        Assert.Equal(KubernetesVersions.Supported, versions["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(KubernetesVersions.Default, versions["default"]!.GetValue<string>());
        Assert.Equal(AmiTypes.Supported, ami["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public void Text_DefaultsMatchRequestDefaults()
    {
        var p = JsonNode.Parse(RequestSchema.Text)!["properties"]!;
        var network = p["network"]!["properties"]!;
        var group = p["nodeGroups"]!["items"]!["properties"]!;

        Assert.Equal(RequestDefaults.Region, p["region"]!["default"]!.GetValue<string>());
        Assert.Equal(RequestDefaults.VpcCidr, network["vpcCidr"]!["default"]!.GetValue<string>());
        Assert.Equal(RequestDefaults.AvailabilityZoneCount, network["availabilityZoneCount"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.SubnetPrefixLength, network["publicSubnetPrefixLength"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.InstanceType, group["instanceTypes"]!["default"]![0]!.GetValue<string>());
        Assert.Equal(RequestDefaults.MinSize, group["minSize"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.DesiredSize, group["desiredSize"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.MaxSize, group["maxSize"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.DiskSizeGiB, group["diskSizeGiB"]!["default"]!.GetValue<int>());
        Assert.Equal(RequestDefaults.AmiType, group["amiType"]!["default"]!.GetValue<string>());
    }

    [Fact]
    public void Text_PatternsAreTheValidatorsPatterns()
    {
        // The schema speaks ECMA-262, where $ is the very end; the validators say the same with \z.
        static string Ecma(System.Text.RegularExpressions.Regex regex) => regex.ToString()[..^2] + "$";
        var p = JsonNode.Parse(RequestSchema.Text)!["properties"]!;
        var group = p["nodeGroups"]!["items"]!["properties"]!;

        Assert.Equal(Ecma(AwsSyntax.EnvironmentName()), p["name"]!["pattern"]!.GetValue<string>());
        Assert.Equal(Ecma(AwsSyntax.Region()), p["region"]!["pattern"]!.GetValue<string>());
        Assert.Equal(Ecma(AwsSyntax.InstanceType()), group["instanceTypes"]!["items"]!["pattern"]!.GetValue<string>());
        Assert.Equal(Ecma(AwsSyntax.IamPrincipalArn()), p["access"]!["properties"]!["adminPrincipalArns"]!["items"]!["pattern"]!.GetValue<string>());
        Assert.Equal(Ecma(AwsSyntax.AddonVersion()), p["addons"]!["items"]!["properties"]!["version"]!["pattern"]!.GetValue<string>());
    }
}
