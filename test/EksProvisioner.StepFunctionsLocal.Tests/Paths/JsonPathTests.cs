using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Tests.Paths;

public sealed class JsonPathTests
{
    private static readonly JsonNode Data = JsonNode.Parse("""
        {"foo":123,"bar":["a","b","c"],"car":{"cdr":true},"items":[{"p":5,"n":"x"},{"p":15,"n":"y"},{"p":25,"n":"z"}],"odd key":1}
        """)!;

    [Theory]
    [InlineData("$.foo", "123")]
    [InlineData("$.bar", "[\"a\",\"b\",\"c\"]")]
    [InlineData("$.car.cdr", "true")]
    [InlineData("$['odd key']", "1")]
    [InlineData("$.bar[1]", "\"b\"")]
    [InlineData("$.bar[-1]", "\"c\"")]
    [InlineData("$.bar[*]", "[\"a\",\"b\",\"c\"]")]
    [InlineData("$.bar[0:2]", "[\"a\",\"b\"]")]
    [InlineData("$.bar[0,2]", "[\"a\",\"c\"]")]
    [InlineData("$.items[*].n", "[\"x\",\"y\",\"z\"]")]
    [InlineData("$.items[?(@.p > 10)].n", "[\"y\",\"z\"]")]
    [InlineData("$.items[?(@.n == 'x')].p", "[5]")]
    [InlineData("$..cdr", "[true]")]
    public void Select_DocumentedForms_SelectExpectedNodes(string path, string expected)
    {
        var parsed = JsonPath.Parse(path);
        var found = parsed.Select(Data, null, null);
        var actual = parsed.IsDefinite ? found.Single() : new JsonArray(found.Select(f => f?.DeepClone()).ToArray());

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), $"{path}: {actual?.ToJsonString()}");
    }

    [Theory]
    [InlineData("foo")]
    [InlineData("$.bar[")]
    [InlineData("$.bar[x]")]
    [InlineData("$..")]
    public void Parse_Malformed_Throws(string path) => Assert.ThrowsAny<Exception>(() => JsonPath.Parse(path));

    [Fact]
    public void Set_ReferencePath_CreatesIntermediateObjectsOnACopy()
    {
        var input = JsonNode.Parse("""{"a":{"b":1}}""");

        var output = JsonPath.Parse("$.a.c.d").Set(input, JsonValue.Create(2));

        Assert.Equal("""{"a":{"b":1,"c":{"d":2}}}""", output!.ToJsonString());
        Assert.Equal("""{"a":{"b":1}}""", input!.ToJsonString());
    }

    [Fact]
    public void Select_VariableAndContextRoots_ReadTheirSources()
    {
        var context = JsonNode.Parse("""{"Execution":{"Name":"n"}}""");

        Assert.Equal("n", JsonPath.Parse("$$.Execution.Name").Select(null, context, null).Single()!.GetValue<string>());
        Assert.Equal(7, JsonPath.Parse("$v.x").Select(null, null, name => name == "v" ? (true, JsonNode.Parse("""{"x":7}""")) : (false, null)).Single()!.GetValue<int>());
    }
}
