using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Tests.DataFlow;

public sealed class JsonPathDataFlowTests
{
    private static JsonPathDataFlow Read(string fields)
    {
        var reader = new DefinitionReader();
        var flow = reader.ReadJsonPathDataFlow(JsonNode.Parse(fields)!.AsObject(), "", DataFlowFields.All);
        Assert.Empty(reader.Problems);
        return flow;
    }

    private static PathContext Context(VariableScope scope) => new(new JsonObject(), scope, Randomizers.Fixed(0.5));

    [Fact]
    public void Finish_AllResultFields_SelectorThenAssignThenResultPathThenOutputPath()
    {
        var flow = Read("""{"ResultSelector":{"v.$":"$.x"},"ResultPath":"$.r","OutputPath":"$.r","Assign":{"seen.$":"$.v"}}""");
        var scope = new VariableScope(null);

        var output = flow.Finish(JsonNode.Parse("""{"k":1}"""), JsonNode.Parse("""{"x":5}"""), Context(scope));

        Assert.Equal("""{"v":5}""", output!.ToJsonString());
        Assert.Equal(5, scope.Lookup("seen").Value!.GetValue<int>());
    }

    [Fact]
    public void Finish_ResultPathNull_KeepsTheRawInput()
    {
        var flow = Read("""{"ResultPath":null}""");

        var output = flow.Finish(JsonNode.Parse("""{"k":1}"""), JsonValue.Create(2), Context(new VariableScope(null)));

        Assert.Equal("""{"k":1}""", output!.ToJsonString());
    }

    [Fact]
    public void Payload_ParametersWithPathAndIntrinsic_EvaluatesTheParsedTemplate()
    {
        var flow = Read("""{"InputPath":"$.in","Parameters":{"a.$":"$.x","b.$":"States.Format('{}-{}', $.x, $$.Name)","c":[1,{"d":true}]}}""");
        var ctx = new PathContext(new JsonObject { ["Name"] = "n" }, new VariableScope(null), Randomizers.Fixed(0.5));

        var payload = flow.Payload(flow.Input(JsonNode.Parse("""{"in":{"x":"y"}}"""), ctx), ctx);

        Assert.Equal("""{"a":"y","b":"y-n","c":[1,{"d":true}]}""", payload!.ToJsonString());
    }

    [Fact]
    public void Input_PathThatSelectsNothing_FailsWithStatesRuntimeInvalidPath()
    {
        var flow = Read("""{"InputPath":"$.missing"}""");

        var error = Assert.Throws<StatesException>(() => flow.Input(JsonNode.Parse("{}"), Context(new VariableScope(null))));

        Assert.Equal(StatesErrors.Runtime, error.Error);
        Assert.Equal("Invalid path '$.missing' : No results for path: $['missing']", error.Cause);
    }
}
