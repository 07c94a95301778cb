using EksProvisioner.StepFunctionsLocal.DataFlow;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Tests.DataFlow;

public sealed class PathFailuresTests
{
    [Theory]
    [InlineData("$.a", "$['a']")]
    [InlineData("$.a.b[0]", "$['a']['b'][0]")]
    [InlineData("$['a b'].c", "$['a b']['c']")]
    [InlineData("$$.Execution.Id", "$$['Execution']['Id']")]
    public void Normalized_NamesAndIndexes_JaywayForm(string path, string expected) =>
        Assert.Equal(expected, PathFailures.Normalized(JsonPath.Parse(path)));

    [Fact]
    public void Normalized_Wildcard_PathAsWritten() =>
        Assert.Equal("$.a[*].b", PathFailures.Normalized(JsonPath.Parse("$.a[*].b")));

    [Fact]
    public void InvalidPath_MissingName_AwsCause() =>
        Assert.Equal("Invalid path '$.Payload' : No results for path: $['Payload']", PathFailures.InvalidPath(JsonPath.Parse("$.Payload")).Cause);
}
