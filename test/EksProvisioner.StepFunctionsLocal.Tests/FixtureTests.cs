using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Tests;

/// <summary>
/// Runs every <c>Fixtures/&lt;feature&gt;/&lt;name&gt;.asl.json</c> with each case of its <c>&lt;name&gt;.cases.json</c>:
/// <c>[{"input": ..., "output": ...}]</c> or <c>[{"input": ..., "error": "...", "cause": "..."}]</c>. The expected
/// values come from the examples in the AWS documentation and the specification, or from answers recorded on AWS;
/// a case's <c>source</c> says which. A case may also expect a <c>status</c> (<c>"TIMED_OUT"</c>, with no error),
/// the <c>lastEvent</c> of the history and the <c>simulatedSeconds</c> from start to stop.
/// </summary>
public sealed class FixtureTests
{
    private static string Root => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var file in Directory.GetFiles(Root, "*.cases.json", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var count = JsonNode.Parse(File.ReadAllText(file))!.AsArray().Count;
            for (var i = 0; i < count; i++)
            {
                data.Add(Path.GetRelativePath(Root, file)[..^".cases.json".Length], i);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fixture_Case_MatchesDocumentedResult(string fixture, int index)
    {
        var definition = await File.ReadAllTextAsync(Path.Combine(Root, fixture + ".asl.json"), TestContext.Current.CancellationToken);
        var testCase = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(Root, fixture + ".cases.json"), TestContext.Current.CancellationToken))![index]!;
        var engine = TestEngine.Create();

        var result = await TestEngine.RunAsync(engine, definition, testCase["input"]?.ToJsonString() ?? "{}");

        FixtureExpectations.AssertHistory(engine, result, testCase);
        if (testCase["status"] is { } status)
        {
            Assert.Equal(status.GetValue<string>(), FixtureExpectations.WireStatus(result.Status));
            Assert.Null(result.Error);
        }
        else if (testCase["error"] is { } error)
        {
            Assert.Equal(ExecutionStatus.Failed, result.Status);
            Assert.Equal(error.GetValue<string>(), result.Error);
            if (testCase["cause"] is { } cause)
            {
                Assert.Equal(cause.GetValue<string>(), result.Cause);
            }
        }
        else
        {
            Assert.True(result.Status == ExecutionStatus.Succeeded, $"{result.Status}: {result.Error} {result.Cause}");
            Assert.True(JsonNode.DeepEquals(testCase["output"], JsonNode.Parse(result.Output!)), $"expected {testCase["output"]?.ToJsonString()} got {result.Output}");
        }
    }
}
