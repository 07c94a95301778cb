using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Paths;
using EksProvisioner.StepFunctionsLocal.States;

namespace EksProvisioner.StepFunctionsLocal.Tests.States;

public sealed class WaitPathsTests
{
    private static readonly PathContext Ctx = TestPathContext.Empty;

    [Fact]
    public void Seconds_WholeNumberWrittenWithFraction_Accepted() =>
        Assert.Equal(10, WaitPaths.Seconds(JsonPath.Parse("$.s"), JsonNode.Parse("""{"s":10.0}"""), Ctx));

    [Fact]
    public void Seconds_Object_CannotBeParsedAsLong()
    {
        var error = Assert.Throws<StatesException>(() => WaitPaths.Seconds(JsonPath.Parse("$.s"), JsonNode.Parse("""{"s":{"a":1}}"""), Ctx));

        Assert.Equal("The SecondsPath parameter cannot be parsed as a long value: $.s == {\"a\":1}", error.Cause);
    }

    [Fact]
    public void Timestamp_WithOffset_ConvertedToUtc() =>
        Assert.Equal(
            new DateTimeOffset(2016, 3, 14, 0, 59, 0, TimeSpan.Zero),
            WaitPaths.Timestamp(JsonPath.Parse("$.t"), JsonNode.Parse("""{"t":"2016-03-14T01:59:00+01:00"}"""), Ctx));
}
