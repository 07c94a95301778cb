using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Tests.DataFlow;

public sealed class PathIntegersTests
{
    private static readonly PathContext Ctx = TestPathContext.Empty;

    [Theory]
    [InlineData("""{"n":3}""", 3)]
    [InlineData("""{"n":"4"}""", 4)]
    [InlineData("""{"n":0}""", 0)]
    public void MaxConcurrency_IntegerOrIntegerText_Value(string data, int expected) =>
        Assert.Equal(expected, PathIntegers.MaxConcurrency(JsonPath.Parse("$.n"), JsonNode.Parse(data), Ctx));

    [Fact]
    public void MaxConcurrency_Boolean_NotAValidInteger()
    {
        var error = Assert.Throws<StatesException>(() => PathIntegers.MaxConcurrency(JsonPath.Parse("$.n"), JsonNode.Parse("""{"n":true}"""), Ctx));

        Assert.Equal("The MaxConcurrencyPath field refers to value \"true\" which is not a valid integer: $.n", error.Cause);
    }

    [Fact]
    public void Seconds_Zero_ExpectedNonNegativeInteger()
    {
        var error = Assert.Throws<StatesException>(() => PathIntegers.Seconds(JsonPath.Parse("$.t"), "HeartbeatSecondsPath", JsonNode.Parse("""{"t":0}"""), Ctx));

        Assert.Equal("Expected non-negative integer for HeartbeatSecondsPath, got '0' instead.", error.Cause);
    }
}
