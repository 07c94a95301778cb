using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.StepFunctionsLocal.Mocks;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// The repository's state machine on the local engine with every task answered from a Step Functions Local
/// MockConfigFile (PathMocks/), so each path is driven by the mocks alone: no functions, no simulated account.
/// </summary>
internal sealed partial class PathEngine
{
    private const string Account = "arn:aws:{0}:us-east-1:123456789012:";
    private readonly string _machineArn;

    private PathEngine(string machineName, string mockFile)
    {
        Clock = new VirtualClock(VirtualClock.DefaultStart);
        Engine = new StepFunctionsEngine(Clock, Randomizers.Seeded(1), new StepFunctionsEngineOptions
        {
            MockConfig = MockConfig.Load(Path.Combine(AppContext.BaseDirectory, "PathMocks", mockFile)),
        });
        var definition = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "statemachine", machineName + ".asl.json"));
        _machineArn = Engine.CreateStateMachine(machineName, Resolve(definition), "arn:aws:iam::123456789012:role/paths");
    }

    public VirtualClock Clock { get; }

    public StepFunctionsEngine Engine { get; }

    public static PathEngine Provision() => new("provision-environment", "provision-mocks.json");

    public static PathEngine Teardown() => new("teardown-environment", "teardown-mocks.json");

    public string ExecutionArn { get; private set; } = "";

    public async Task<ExecutionResult> RunAsync(string testCase, string input = """{"name":"paths"}""")
    {
        ExecutionArn = Engine.StartExecution(_machineArn + "#" + testCase, input, testCase);
        return await Engine.WaitForExecutionAsync(ExecutionArn, TestContext.Current.CancellationToken);
    }

    /// <summary>The history events of the last execution, in order, in the GetExecutionHistory wire shape.</summary>
    public IReadOnlyList<JsonObject> History()
    {
        var request = new JsonObject { ["executionArn"] = ExecutionArn, ["maxResults"] = 1000 }.ToJsonString();
        var (status, body) = new StepFunctionsApi(Engine).Handle("GetExecutionHistory", request);
        Assert.Equal(200, status);
        return [.. JsonNode.Parse(body)!["events"]!.AsArray().Select(e => e!.AsObject())];
    }

    /// <summary>How many times the state <paramref name="name"/> was entered.</summary>
    public int Entered(string name) => History().Count(e =>
        e["type"]!.GetValue<string>().EndsWith("StateEntered", StringComparison.Ordinal)
        && e["stateEnteredEventDetails"]?["name"]?.GetValue<string>() == name);

    /// <summary>The error names of every failed task attempt (Lambda and service integrations alike).</summary>
    public IReadOnlyList<string> FailedAttempts() =>
    [
        .. History()
            .Where(e => e["type"]!.GetValue<string>() is "LambdaFunctionFailed" or "TaskFailed")
            .Select(e => (e["lambdaFunctionFailedEventDetails"] ?? e["taskFailedEventDetails"])!["error"]!.GetValue<string>()),
    ];

    // Each ${XFunctionArn} becomes function X's ARN, as the SAM template's DefinitionSubstitutions do.
    private static string Resolve(string definition)
    {
        var resolved = FunctionPlaceholder().Replace(definition, m => string.Format(null, Account, "lambda") + "function:" + m.Groups[1].Value)
            .Replace("${TeardownStateMachineArn}", string.Format(null, Account, "states") + "stateMachine:teardown-environment", StringComparison.Ordinal);
        Assert.DoesNotContain("${", resolved, StringComparison.Ordinal);
        return resolved;
    }

    [GeneratedRegex(@"\$\{(\w+)FunctionArn\}")]
    private static partial Regex FunctionPlaceholder();
}
