using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;

namespace EksProvisioner.Workflow.Tests;

public class WorkflowJsonTests
{
    [Fact]
    public void WriteThenRead_StageInput_RoundTripsRequestAndEnvironment()
    {
        var world = new TestWorld();

        var node = WorkflowJson.Write(world.Input);
        var back = WorkflowJson.Read<StageInput>(node);

        Assert.Equal("dev", node!["request"]!["name"]!.GetValue<string>());
        Assert.Equal("alice", node["environment"]!["tags"]!["eksprov:owner"]!.GetValue<string>());
        Assert.Equal(world.Environment.CreatedAt, back.Environment.CreatedAt);
        Assert.Equal(world.Request.NodeGroups[0].Name, back.Request.NodeGroups[0].Name);
        Assert.Equal(world.Request.Network.PrivateSubnetCidrs, back.Request.Network.PrivateSubnetCidrs);
    }

    [Fact]
    public void Read_MapItemsAsTheStateMachineSelectsThem_NodeGroupAndFargateProfileSpecs()
    {
        var world = new TestWorld();
        var document = WorkflowJson.Write(world.Input)!;
        var item = new JsonObject
        {
            ["environment"] = document["environment"]!.DeepClone(),
            ["request"] = document["request"]!.DeepClone(),
            ["resources"] = JsonNode.Parse(Json.Of(new ResourcesInfo(
                new RoleInfo("r", "arn:r"), new NodeRolesInfo(new RoleInfo("n", "arn:n"), null),
                new NetworkState
                {
                    VpcId = "vpc-1", Zones = ["a"], PublicSubnetIds = ["s1"], PrivateSubnetIds = ["s2"], InternetGatewayId = "igw",
                    PublicRouteTableId = "rtb", SecurityGroupId = "sg", AllocationIds = [], NatGatewayIds = [], StartedAt = TestWorld.Start,
                },
                null))),
            ["nodeGroup"] = document["request"]!["nodeGroups"]![0]!.DeepClone(),
            ["fargateProfile"] = document["request"]!["fargateProfiles"]![0]!.DeepClone(),
        };

        var nodegroup = WorkflowJson.Read<NodegroupInput>(item);
        var profile = WorkflowJson.Read<FargateProfileInput>(item);

        Assert.Equal(world.Request.NodeGroups[0].InstanceTypes, nodegroup.NodeGroup.InstanceTypes);
        Assert.Equal(world.Request.NodeGroups[0].CapacityType, nodegroup.NodeGroup.CapacityType);
        Assert.NotNull(nodegroup.NodeGroup.Labels);
        Assert.NotNull(nodegroup.NodeGroup.Taints);
        Assert.Equal("kube-system", profile.FargateProfile.Selectors[0].Namespace);
        Assert.NotNull(profile.FargateProfile.Selectors[0].Labels);
        Assert.Null(nodegroup.Resources.Cluster);
    }

    [Fact]
    public async Task Read_RequestTheSchemaRefuses_StageReadsItAsWrittenWithoutValidatingAgain()
    {
        // Only ValidateRequest validates; a later stage takes the defaulted request as plain data. This
        // one carries what the contract refuses (an unknown field, an unsupported version), so a stage
        // that ran the reader or the schema again would throw instead of creating the role.
        var world = new TestWorld();
        var document = WorkflowJson.Write(world.Input)!;
        var request = document["request"]!.AsObject();
        request["kubernetesVersion"] = "9.99";
        request["colour"] = "blue";
        Assert.False(EnvironmentRequests.Validate(request).IsValid);

        var input = WorkflowJson.Read<StageInput>(document);
        var role = await new CreateClusterRole(world.Iam, TestWorld.Names).RunAsync(input, TestContext.Current.CancellationToken);

        Assert.Equal("9.99", input.Request.KubernetesVersion);
        Assert.Equal(world.Iam.Roles["eksprov-dev-use1-cluster"].Arn, role.RoleArn);
    }

    [Theory]
    [InlineData(typeof(ValidateRequestInput))]
    [InlineData(typeof(StageInput))]
    [InlineData(typeof(ClusterStageInput))]
    [InlineData(typeof(NodegroupInput))]
    [InlineData(typeof(BuildOutputInput))]
    [InlineData(typeof(EnvironmentRequest))]
    [InlineData(typeof(TeardownInput))]
    [InlineData(typeof(EnvironmentOutput))]
    public void Options_StageDocument_ResolvedByTheSourceGeneratedContext(Type type)
    {
        Assert.IsType<StageDocumentsJson>(WorkflowJson.Options.GetTypeInfo(type).OriginatingResolver);
    }

    [Fact]
    public void Read_NoInput_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => WorkflowJson.Read<StageInput>(null));
    }
}
