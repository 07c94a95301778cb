using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;

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
    public void Read_RequestBreakingTheContract_ThrowsEnvironmentRequestInvalid()
    {
        var node = JsonNode.Parse("""{"environment":{"name":"x","region":"us-east-1","createdAt":"2026-01-01T00:00:00Z","tags":{}},"request":{"name":"Not Valid!"}}""");

        Assert.Throws<EnvironmentRequestInvalidException>(() => WorkflowJson.Read<StageInput>(node));
    }

    [Fact]
    public void Read_NoInput_ThrowsJsonException()
    {
        Assert.Throws<JsonException>(() => WorkflowJson.Read<StageInput>(null));
    }
}
