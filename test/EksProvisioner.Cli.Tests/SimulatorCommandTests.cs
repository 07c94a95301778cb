using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class SimulatorCommandTests : IDisposable
{
    private const string Definition = """
        {"StartAt": "Work", "States": {"Work": {"Type": "Task", "Resource": "arn:aws:lambda:us-east-1:123456789012:function:Work", "End": true}}}
        """;

    private const string MockConfig = """
        {"StateMachines": {"Demo": {"TestCases": {"Happy": {"Work": "WorkDone"}}}},
         "MockedResponses": {"WorkDone": {"0": {"Return": {"answer": 42}}}}}
        """;

    private readonly TempFiles _files = new();
    private readonly HttpClient _http = new();

    [Fact]
    public async Task Simulator_Started_ServesClockAndStsUntilCancelled()
    {
        await using var cli = await RunningCli.StartAsync("simulator");

        Assert.Equal("127.0.0.1", cli.Endpoint.Host);
        Assert.NotEqual(0, cli.Endpoint.Port);
        var clock = JsonNode.Parse(await _http.GetStringAsync(new Uri(cli.Endpoint, "/_simulator/clock"), TestContext.Current.CancellationToken))!;
        Assert.Equal("virtual", clock["mode"]!.GetValue<string>());

        using var response = await _http.SendAsync(Signed(cli.Endpoint, "sts", new FormUrlEncodedContent(
            [new("Action", "GetCallerIdentity"), new("Version", "2011-06-15")])), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<Account>123456789012</Account>", body, StringComparison.Ordinal);

        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
        Assert.Empty(cli.Stderr.ToString());
    }

    [Fact]
    public async Task Simulator_StateDirOfALocalUp_ServesWhatUpCreated()
    {
        using var state = new StateDir();
        Assert.Equal(ExitCodes.Ok, (await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path)).ExitCode);

        await using var cli = await RunningCli.StartAsync("simulator", "--state-dir", state.Path);
        var resources = JsonNode.Parse(await _http.GetStringAsync(new Uri(cli.Endpoint, "/_simulator/resources?tag=eksprov:environment=dev"), TestContext.Current.CancellationToken))!;

        Assert.Contains(resources["resources"]!.AsArray(), r => r!["id"]!.GetValue<string>().StartsWith("vpc-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Up_StateDirOfASimulator_SeesWhatTheSimulatorServed()
    {
        using var state = new StateDir();
        string vpc;
        await using (var cli = await RunningCli.StartAsync("simulator", "--state-dir", state.Path))
        {
            vpc = await TaggedVpc.CreateAsync(cli.Endpoint, "sim");
            Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
        }

        await using var account = await Local.LocalAccount.StartAsync(
            new Local.LocalAccountOptions { StateDirectory = state.Path, Lock = new Local.StateLockOptions { Clock = new Microsoft.Extensions.Time.Testing.FakeTimeProvider() } },
            TestContext.Current.CancellationToken);

        Assert.Equal(vpc, Assert.Single(await account.ResourcesAsync("sim", TestContext.Current.CancellationToken)).Id);
    }

    [Fact]
    public async Task Simulator_RealtimeClock_ServesTheWallClockWithANote()
    {
        await using var cli = await RunningCli.StartAsync("simulator", "--clock", "realtime:60");

        var clock = JsonNode.Parse(await _http.GetStringAsync(new Uri(cli.Endpoint, "/_simulator/clock"), TestContext.Current.CancellationToken))!;
        Assert.Equal("realtime", clock["mode"]!.GetValue<string>());
        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
        Assert.Contains("Step Functions API is not served", cli.Stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulator_MockConfigOption_MockedTaskAnswersWithoutAFunction()
    {
        var mocks = _files.Write("mocks.json", MockConfig);
        await using var cli = await RunningCli.StartAsync("simulator", "--mock-config", mocks);

        var created = await StatesAsync(cli.Endpoint, "CreateStateMachine", new JsonObject
        {
            ["name"] = "Demo",
            ["definition"] = Definition,
            ["roleArn"] = "arn:aws:iam::123456789012:role/Demo",
        });
        var machine = created["stateMachineArn"]!.GetValue<string>();
        var started = await StatesAsync(cli.Endpoint, "StartExecution", new JsonObject { ["stateMachineArn"] = machine + "#Happy", ["input"] = "{}" });
        var execution = new JsonObject { ["executionArn"] = started["executionArn"]!.GetValue<string>() };

        // The execution runs on its own; poll its status over HTTP (each call lets it progress).
        JsonNode described = await StatesAsync(cli.Endpoint, "DescribeExecution", execution);
        for (var attempt = 0; attempt < 200 && described["status"]!.GetValue<string>() == "RUNNING"; attempt++)
        {
            described = await StatesAsync(cli.Endpoint, "DescribeExecution", execution);
        }

        Assert.Equal("SUCCEEDED", described["status"]!.GetValue<string>());
        Assert.Equal(42, JsonNode.Parse(described["output"]!.GetValue<string>())!["answer"]!.GetValue<int>());
        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
    }

    [Fact]
    public async Task Simulator_MockConfigFromEnvironment_IsReadLikeStepFunctionsLocal()
    {
        var bad = _files.Write("env-mocks.json", "{ not json");
        var environment = new Dictionary<string, string> { ["SFN_MOCK_CONFIG"] = bad };
        var run = await CliRun.RunAsync(["simulator"], environment);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(bad, line, StringComparison.Ordinal);
        Assert.Contains("line 1: not valid JSON", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulator_MockConfigOption_WinsOverTheEnvironment()
    {
        var good = _files.Write("mocks.json", MockConfig);
        var bad = _files.Write("env-mocks.json", "{ not json");
        var environment = new Dictionary<string, string> { ["SFN_MOCK_CONFIG"] = bad };
        await using var cli = await RunningCli.StartAsync(environment, "simulator", "--mock-config", good);

        Assert.Equal(ExitCodes.Ok, await cli.StopAsync());
        Assert.Empty(cli.Stderr.ToString());
    }

    [Fact]
    public async Task Simulator_StateDirIsAFile_ExitsTwo()
    {
        var file = _files.Write("state", "");

        var run = await CliRun.RunAsync("simulator", "--state-dir", file);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains(file, Assert.Single(run.StderrLines), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--latency-model", null, "no such file")]
    [InlineData("--latency-model", "{ nope", "line 1: not valid JSON")]
    [InlineData("--latency-model", """{"clusterCreateSecs": 5}""", "not a valid latency model")]
    [InlineData("--latency-model", """{"clusterCreateSeconds": -5}""", "ClusterCreateSeconds")]
    [InlineData("--faults", null, "no such file")]
    [InlineData("--faults", "[1, 2", "line 1: not valid JSON")]
    [InlineData("--faults", """{"rules": [{"service": "eks", "operation": "CreateCluster", "call": 0, "error": {"code": "X", "status": 400}}]}""", "'call' counts from 1")]
    [InlineData("--faults", """{"rules": [{"service": "eks", "operation": "CreateCluster"}]}""", "neither 'error', 'latencySeconds' nor 'failUpdate'")]
    [InlineData("--mock-config", null, "no such file")]
    [InlineData("--mock-config", """{"MockedResponses": {"R": {"zero": {"Return": 1}}}}""", "not a valid mock config")]
    public async Task Simulator_BadFile_ExitsTwoNamingTheFileAndProblem(string option, string? content, string expected)
    {
        var path = content is null ? Path.Combine(_files.Folder, "missing.json") : _files.Write("input.json", content);

        var run = await CliRun.RunAsync("simulator", option, path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Empty(run.Stdout);
        var line = Assert.Single(run.StderrLines);
        Assert.Contains(path, line, StringComparison.Ordinal);
        Assert.Contains(expected, line, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--clock", "sometimes", "--clock")]
    [InlineData("--clock", "realtime:0", "--clock")]
    [InlineData("--port", "70000", "--port")]
    public async Task Simulator_BadOption_ExitsTwo(string option, string value, string expected)
    {
        var run = await CliRun.RunAsync("simulator", option, value);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Empty(run.Stdout);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Simulator_PortInUse_ExitsTwoNamingThePort()
    {
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;

        var run = await CliRun.RunAsync("simulator", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains($"127.0.0.1:{port}", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    public void Dispose()
    {
        _http.Dispose();
        _files.Dispose();
    }

    private async Task<JsonNode> StatesAsync(Uri endpoint, string operation, JsonObject request)
    {
        var content = new StringContent(request.ToJsonString(), Encoding.UTF8);
        content.Headers.ContentType = new("application/x-amz-json-1.0");
        using var message = Signed(endpoint, "states", content);
        message.Headers.TryAddWithoutValidation("X-Amz-Target", "AWSStepFunctions." + operation);
        using var response = await _http.SendAsync(message, TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken);
        Assert.True(response.IsSuccessStatusCode, $"{operation}: {(int)response.StatusCode} {body}");
        return JsonNode.Parse(body)!;
    }

    /// <summary>A request carrying a SigV4 credential scope, which is how the simulator routes (signatures are not checked).</summary>
    private static HttpRequestMessage Signed(Uri endpoint, string service, HttpContent content)
    {
        var message = new HttpRequestMessage(HttpMethod.Post, endpoint) { Content = content };
        message.Headers.TryAddWithoutValidation(
            "Authorization",
            $"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20260101/us-east-1/{service}/aws4_request, SignedHeaders=host, Signature=0");
        message.Headers.TryAddWithoutValidation("X-Amz-Date", "20260101T000000Z");
        return message;
    }
}
