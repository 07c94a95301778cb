using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.StepFunctionsLocal.Tests;

/// <summary>The optional parts of a fixture case: the wire status, the last history event and the simulated duration.</summary>
internal static class FixtureExpectations
{
    public static string WireStatus(ExecutionStatus status) => status switch
    {
        ExecutionStatus.TimedOut => "TIMED_OUT",
        _ => status.ToString().ToUpperInvariant(),
    };

    public static void AssertHistory(StepFunctionsEngine engine, ExecutionResult result, JsonNode testCase)
    {
        if (testCase["lastEvent"] is { } lastEvent)
        {
            var (_, body) = new StepFunctionsApi(engine).Handle("GetExecutionHistory", new JsonObject { ["executionArn"] = result.ExecutionArn, ["maxResults"] = 1000 }.ToJsonString());
            var events = JsonNode.Parse(body)!["events"]!.AsArray();
            Assert.Equal(lastEvent.GetValue<string>(), events[^1]!["type"]!.GetValue<string>());
        }

        if (testCase["simulatedSeconds"] is { } seconds)
        {
            Assert.Equal(TimeSpan.FromSeconds(seconds.GetValue<double>()), result.StopDate - result.StartDate);
        }
    }
}
