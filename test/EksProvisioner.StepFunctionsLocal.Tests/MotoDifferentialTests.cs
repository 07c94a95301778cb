using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.StepFunctionsLocal.Tests;

/// <summary>
/// Runs shared fixtures on moto_server's ASL interpreter and on this engine and compares status, output and error.
/// moto is reset and re-configured before each execution (upstream bug 10077: executions after the first fail).
/// Fixtures with Lambda tasks or Wait states are left out: moto would need Docker for Lambda and waits in real time.
/// </summary>
public sealed class MotoDifferentialTests(MotoServer moto) : IClassFixture<MotoServer>
{
    private static readonly HttpClient Http = new();

    /// <summary>
    /// Where moto differs, the AWS documentation decides; the value is the error moto reports instead. A Choice
    /// state with no matching rule and no Default fails with States.NoChoiceMatched (developer guide, "Error names").
    /// </summary>
    private static readonly Dictionary<string, string> MotoErrorsWhereAwsDocumentsOtherwise = new(StringComparer.Ordinal)
    {
        ["choice/no-match#0"] = "States.Runtime",
    };

    // Each moto execution costs about five seconds (reset, lazy load), so a few representative cases only.
    public static TheoryData<string, int> Cases() => new()
    {
        { "pass/parameters", 0 },
        { "choice/no-match", 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Fixture_OnMotoAndLocal_SameOutcome(string fixture, int index)
    {
        var ct = TestContext.Current.CancellationToken;
        var root = Path.Combine(AppContext.BaseDirectory, "Fixtures");
        var definition = await File.ReadAllTextAsync(Path.Combine(root, fixture + ".asl.json"), ct);
        var input = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(root, fixture + ".cases.json"), ct))![index]!["input"]!.ToJsonString();

        var local = await TestEngine.RunAsync(TestEngine.Create(), definition, input);
        var remote = await RunOnMotoAsync(definition, input, ct);

        Assert.Equal(remote["status"]!.GetValue<string>(), local.Status.ToString().ToUpperInvariant());
        if (MotoErrorsWhereAwsDocumentsOtherwise.TryGetValue($"{fixture}#{index}", out var motoError))
        {
            Assert.Equal(motoError, remote["error"]?.GetValue<string>());
            Assert.NotEqual(motoError, local.Error);
        }
        else if (local.Status == ExecutionStatus.Succeeded)
        {
            var motoOutput = MotoOutput(remote["output"]!.GetValue<string>());
            Assert.True(JsonNode.DeepEquals(motoOutput, JsonNode.Parse(local.Output!)), $"moto {motoOutput?.ToJsonString()} local {local.Output}");
        }
        else
        {
            Assert.Equal(remote["error"]?.GetValue<string>(), local.Error);
        }
    }

    /// <summary>moto answers a string result unencoded (<c>match</c> rather than <c>"match"</c>); read it as a string then.</summary>
    private static JsonNode? MotoOutput(string output)
    {
        try
        {
            return JsonNode.Parse(output);
        }
        catch (System.Text.Json.JsonException)
        {
            return JsonValue.Create(output);
        }
    }

    private async Task<JsonObject> RunOnMotoAsync(string definition, string input, CancellationToken ct)
    {
        await moto.ResetAsync();
        using (var config = await Http.PostAsync(new Uri(moto.Endpoint, "/moto-api/config"), new StringContent("""{"stepfunctions":{"execute_state_machine":true}}""", Encoding.UTF8, "application/json"), ct))
        {
            config.EnsureSuccessStatusCode();
        }

        var machine = await CallAsync("CreateStateMachine", new JsonObject { ["name"] = "diff", ["definition"] = definition, ["roleArn"] = "arn:aws:iam::123456789012:role/r" }, ct);
        var execution = await CallAsync("StartExecution", new JsonObject { ["stateMachineArn"] = machine["stateMachineArn"]!.GetValue<string>(), ["input"] = input }, ct);
        var deadline = TimeProvider.System.GetUtcNow().AddSeconds(20);
        while (true)
        {
            var described = await CallAsync("DescribeExecution", new JsonObject { ["executionArn"] = execution["executionArn"]!.GetValue<string>() }, ct);
            if (described["status"]!.GetValue<string>() != "RUNNING" || TimeProvider.System.GetUtcNow() > deadline)
            {
                return described;
            }

            // moto runs the execution on a real thread: poll in real time.
            await Task.Delay(TimeSpan.FromMilliseconds(50), TimeProvider.System, ct);
        }
    }

    private async Task<JsonObject> CallAsync(string operation, JsonObject body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, moto.Endpoint);
        request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/x-amz-json-1.0");
        request.Headers.Add("X-Amz-Target", "AWSStepFunctions." + operation);
        request.Headers.TryAddWithoutValidation("Authorization", "AWS4-HMAC-SHA256 Credential=AKIAIOSFODNN7EXAMPLE/20260105/us-east-1/states/aws4_request, SignedHeaders=host, Signature=0");
        using var response = await Http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        Assert.True(response.IsSuccessStatusCode, $"{operation}: {text}");
        return JsonNode.Parse(text)!.AsObject();
    }
}
