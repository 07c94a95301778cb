using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Mocks;

/// <summary>
/// A Step Functions Local MockConfigFile: <c>StateMachines.{name}.TestCases.{case}.{state} = responseName</c> and
/// <c>MockedResponses.{responseName}.{"0" | "1-2"} = {Return | Throw{Error, Cause}}</c>, where the keys count the
/// invocations of a state within one execution from 0. An execution uses it when started with
/// <c>stateMachineArn#TestCaseName</c>.
/// </summary>
public sealed class MockConfig
{
    private readonly Dictionary<string, Dictionary<string, Dictionary<string, string>>> _cases;
    private readonly Dictionary<string, List<(int From, int To, MockedResponse Response)>> _responses;

    private MockConfig(
        Dictionary<string, Dictionary<string, Dictionary<string, string>>> cases,
        Dictionary<string, List<(int, int, MockedResponse)>> responses)
    {
        _cases = cases;
        _responses = responses;
    }

    public static MockConfig Load(string path) => Parse(File.ReadAllText(path));

    /// <summary>Parses the file; throws <see cref="FormatException"/> on a malformed file.</summary>
    public static MockConfig Parse(string json)
    {
        var root = JsonNode.Parse(json) as JsonObject ?? throw new FormatException("a mock config is a JSON object");
        var cases = new Dictionary<string, Dictionary<string, Dictionary<string, string>>>(StringComparer.Ordinal);
        foreach (var (machine, node) in root["StateMachines"] as JsonObject ?? [])
        {
            var testCases = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
            foreach (var (testCase, states) in node?["TestCases"] as JsonObject ?? [])
            {
                testCases[testCase] = (states as JsonObject ?? []).ToDictionary(p => p.Key, p => p.Value?.GetValue<string>() ?? "", StringComparer.Ordinal);
            }

            cases[machine] = testCases;
        }

        var responses = new Dictionary<string, List<(int, int, MockedResponse)>>(StringComparer.Ordinal);
        foreach (var (name, node) in root["MockedResponses"] as JsonObject ?? [])
        {
            var list = new List<(int, int, MockedResponse)>();
            foreach (var (key, value) in node as JsonObject ?? [])
            {
                var bounds = key.Split('-');
                var from = int.Parse(bounds[0], CultureInfo.InvariantCulture);
                var to = bounds.Length > 1 ? int.Parse(bounds[1], CultureInfo.InvariantCulture) : from;
                var response = value?["Throw"] is JsonObject t
                    ? new MockedResponse(null, t["Error"]?.GetValue<string>() ?? "Error", t["Cause"]?.GetValue<string>())
                    : new MockedResponse(value?["Return"]?.DeepClone(), null, null);
                list.Add((from, to, response));
            }

            responses[name] = list;
        }

        return new MockConfig(cases, responses);
    }

    /// <summary>Whether <paramref name="testCase"/> exists for the state machine <paramref name="stateMachineName"/>.</summary>
    public bool HasTestCase(string stateMachineName, string testCase) =>
        _cases.TryGetValue(stateMachineName, out var c) && c.ContainsKey(testCase);

    /// <summary>Whether the test case mocks <paramref name="stateName"/> at all.</summary>
    public bool Mocks(string stateMachineName, string testCase, string stateName) =>
        _cases.TryGetValue(stateMachineName, out var c) && c.TryGetValue(testCase, out var s) && s.ContainsKey(stateName);

    /// <summary>The response for the <paramref name="invocation"/>-th call (from 0) of a mocked state, or null when none is defined.</summary>
    public MockedResponse? Response(string stateMachineName, string testCase, string stateName, int invocation)
    {
        if (!_cases.TryGetValue(stateMachineName, out var c) || !c.TryGetValue(testCase, out var states)
            || !states.TryGetValue(stateName, out var responseName) || !_responses.TryGetValue(responseName, out var list))
        {
            return null;
        }

        return list.FirstOrDefault(r => invocation >= r.From && invocation <= r.To).Response;
    }
}
