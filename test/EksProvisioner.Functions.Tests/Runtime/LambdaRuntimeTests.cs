using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Errors;
using EksProvisioner.Functions.Runtime;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Functions.Tests.Runtime;

public sealed class LambdaRuntimeTests : IDisposable
{
    private const int TimeoutMs = 20_000;

    private readonly FakeRuntimeApi _api = new();
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 25, 12, 0, 0, TimeSpan.Zero));
    private readonly Dictionary<string, string?> _environment = [];
    private readonly StringWriter _log = new();

    public void Dispose()
    {
        _api.Dispose();
        _log.Dispose();
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_OverLoopbackServer_PostsEachResultAndStopsOnCancel()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackRuntimeApiServer.StartAsync(_api, ct);
        _api.Enqueue("req-1", """{"cluster":"dev","nodes":[1,2]}""", _time.GetUtcNow());
        _api.Enqueue("req-2", "\"second\"", _time.GetUtcNow());
        var options = Options(EchoStage.Name) with { RuntimeApi = server.HostAndPort, HttpHandler = null };
        var stages = new LambdaStages().Add(EchoStage.Name, () => EchoStage.Handler());

        var exitCode = await RunUntilDrainedAsync(new LambdaRuntime(options, stages));

        Assert.Equal(LambdaRuntime.ExitOk, exitCode);
        Assert.Collection(
            _api.Posts,
            post => AssertPost(post, "/2018-06-01/runtime/invocation/req-1/response", """{"cluster":"dev","nodes":[1,2]}"""),
            post => AssertPost(post, "/2018-06-01/runtime/invocation/req-2/response", "\"second\""));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_HandlerThrows_PostsErrorWithShortTypeNameAndGoesOn()
    {
        _api.Enqueue("bad", "{}", _time.GetUtcNow());
        _api.Enqueue("good", "{}", _time.GetUtcNow());
        var calls = 0;
        var stages = Stage("create-cluster", (_, _, _) => ++calls == 1
            ? throw new IamRoleNotReadyException("Role could not be assumed because the trusted entity is not correct")
            : Task.FromResult<JsonNode?>(JsonValue.Create("ok")));

        await RunUntilDrainedAsync(new LambdaRuntime(Options("create-cluster"), stages));

        var error = _api.Posts[0];
        Assert.Equal("/2018-06-01/runtime/invocation/bad/error", error.Path);
        Assert.Equal(nameof(IamRoleNotReadyException), error.ErrorType);
        var document = JsonNode.Parse(error.Body)!;
        Assert.Equal(nameof(IamRoleNotReadyException), document["errorType"]!.GetValue<string>());
        Assert.Equal("Role could not be assumed because the trusted entity is not correct", document["errorMessage"]!.GetValue<string>());
        AssertPost(_api.Posts[1], "/2018-06-01/runtime/invocation/good/response", "\"ok\"");
        Assert.Contains("IamRoleNotReadyException", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_HandlerThrows_ErrorCarriesTypeAndMessageButNoStackTrace()
    {
        _api.Enqueue("bad", "{}", _time.GetUtcNow());
        var stages = Stage("create-cluster", (_, _, _) => throw new IamRoleNotReadyException("Role could not be assumed"));

        await RunUntilDrainedAsync(new LambdaRuntime(Options("create-cluster"), stages));

        // The body becomes the execution's Cause: only errorType and errorMessage, no frames or source paths.
        var document = JsonNode.Parse(_api.Posts[0].Body)!.AsObject();
        Assert.Equal(["errorMessage", "errorType"], document.Select(p => p.Key).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(".cs", _api.Posts[0].Body, StringComparison.Ordinal);
        Assert.DoesNotContain(" at ", _api.Posts[0].Body, StringComparison.Ordinal);
    }

    [Theory(Timeout = TimeoutMs)]
    [InlineData("no-such-stage")]
    [InlineData(null)]
    [InlineData("")]
    public async Task RunAsync_UnknownOrMissingStage_PostsInitErrorAndNeverPolls(string? stage)
    {
        var stages = new LambdaStages().Add(EchoStage.Name, () => EchoStage.Handler());

        var exitCode = await new LambdaRuntime(Options(stage), stages).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LambdaRuntime.ExitInitFailed, exitCode);
        var request = Assert.Single(_api.Timeline);
        Assert.Equal("/2018-06-01/runtime/init/error", request.Path);
        Assert.Equal(nameof(LambdaStageNotFoundException), request.ErrorType);
        var message = JsonNode.Parse(request.Body)!["errorMessage"]!.GetValue<string>();
        Assert.Contains("EKSPROV_STAGE", message, StringComparison.Ordinal);
        Assert.Contains(EchoStage.Name, message, StringComparison.Ordinal);
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_StageFactoryThrows_PostsInitErrorWithItsType()
    {
        var stages = new LambdaStages().Add("broken", () => throw new InvalidOperationException("no region configured"));

        var exitCode = await new LambdaRuntime(Options("broken"), stages).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LambdaRuntime.ExitInitFailed, exitCode);
        var request = Assert.Single(_api.Timeline);
        Assert.Equal(("/2018-06-01/runtime/init/error", nameof(InvalidOperationException)), (request.Path, request.ErrorType));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_TraceHeader_IsPublishedPerInvocationAndClearedWhenAbsent()
    {
        const string trace = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1";
        _api.Enqueue("traced", "{}", _time.GetUtcNow(), traceId: trace);
        _api.Enqueue("untraced", "{}", _time.GetUtcNow());
        var seen = new List<(string? Context, string? Environment)>();
        var stages = Stage("s", (_, context, _) =>
        {
            seen.Add((context.TraceId, _environment.GetValueOrDefault("_X_AMZN_TRACE_ID")));
            return Task.FromResult<JsonNode?>(null);
        });

        await RunUntilDrainedAsync(new LambdaRuntime(Options("s"), stages));

        Assert.Equal([(trace, trace), (null, null)], seen);
        Assert.True(_environment.ContainsKey("_X_AMZN_TRACE_ID"));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_Headers_AreParsedIntoContext()
    {
        var deadline = _time.GetUtcNow().AddSeconds(90);
        _api.Enqueue("req-9", "{}", _time.GetUtcNow(), customize: response =>
        {
            response.Headers.Remove("Lambda-Runtime-Deadline-Ms");
            response.Headers.Add("Lambda-Runtime-Deadline-Ms", deadline.ToUnixTimeMilliseconds().ToString(System.Globalization.CultureInfo.InvariantCulture));
            response.Headers.Add("Lambda-Runtime-Client-Context", "{\"client\":{}}");
            response.Headers.Add("Lambda-Runtime-Cognito-Identity", "{\"cognitoIdentityId\":\"id\"}");
        });
        LambdaInvocationContext? captured = null;
        TimeSpan remaining = default;
        var stages = Stage("s", (_, context, _) =>
        {
            captured = context;
            remaining = context.RemainingTime;
            return Task.FromResult<JsonNode?>(null);
        });

        await RunUntilDrainedAsync(new LambdaRuntime(Options("s"), stages));

        Assert.NotNull(captured);
        Assert.Equal("req-9", captured.RequestId);
        Assert.Equal(deadline, captured.Deadline);
        Assert.Equal(TimeSpan.FromSeconds(90), remaining);
        Assert.Equal(FakeRuntimeApi.FunctionArn, captured.InvokedFunctionArn);
        Assert.Equal("{\"client\":{}}", captured.ClientContext);
        Assert.Equal("{\"cognitoIdentityId\":\"id\"}", captured.CognitoIdentity);
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_DeadlinePasses_CancelsHandlerTokenAndReportsIt()
    {
        _api.Enqueue("slow", "{}", _time.GetUtcNow());
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var stages = Stage("s", async (_, _, ct) =>
        {
            started.SetResult();
            await new TaskCompletionSource().Task.WaitAsync(ct);
            return null;
        });
        var run = RunUntilDrainedAsync(new LambdaRuntime(Options("s"), stages));

        await started.Task;
        _time.Advance(TimeSpan.FromMinutes(1));
        await run;

        var error = Assert.Single(_api.Posts);
        Assert.Equal("/2018-06-01/runtime/invocation/slow/error", error.Path);
        Assert.Equal(nameof(TaskCanceledException), error.ErrorType);
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_SnapStart_WaitsForRestoreAndRunsHooksBeforeFirstPoll()
    {
        _api.Enqueue("after-restore", "{}", _time.GetUtcNow());
        var stages = new LambdaStages().Add("s", () =>
        {
            _api.Note("init");
            return new DelegateHandler(
                (_, _, _) => Task.FromResult<JsonNode?>(null),
                _ =>
                {
                    _api.Note("handler restore hook");
                    return Task.CompletedTask;
                });
        });
        var options = Options("s") with
        {
            SnapStart = true,
            AfterRestore = _ =>
            {
                _api.Note("composition restore hook");
                return Task.CompletedTask;
            },
        };

        await RunUntilDrainedAsync(new LambdaRuntime(options, stages));

        Assert.Equal(
            [
                "NOTE init",
                "GET /2018-06-01/runtime/restore/next",
                "NOTE composition restore hook",
                "NOTE handler restore hook",
                "GET /2018-06-01/runtime/invocation/next",
                "POST /2018-06-01/runtime/invocation/after-restore/response",
                "GET /2018-06-01/runtime/invocation/next",
            ],
            _api.Timeline.Select(r => r.ToString()));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_NotSnapStart_NeverCallsRestore()
    {
        var restored = false;
        var stages = new LambdaStages().Add("s", () => new DelegateHandler((_, _, _) => Task.FromResult<JsonNode?>(null), _ =>
        {
            restored = true;
            return Task.CompletedTask;
        }));

        await RunUntilDrainedAsync(new LambdaRuntime(Options("s"), stages));

        Assert.False(restored);
        Assert.DoesNotContain(_api.Timeline, r => r.Path.Contains("restore", StringComparison.Ordinal));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_RestoreHookThrows_PostsRestoreErrorAndStops()
    {
        var options = Options(EchoStage.Name) with
        {
            SnapStart = true,
            AfterRestore = _ => throw new HttpRequestException("cannot reopen connection"),
        };
        var stages = new LambdaStages().Add(EchoStage.Name, () => EchoStage.Handler());

        var exitCode = await new LambdaRuntime(options, stages).RunAsync(TestContext.Current.CancellationToken);

        Assert.Equal(LambdaRuntime.ExitInitFailed, exitCode);
        var error = Assert.Single(_api.Posts);
        Assert.Equal(("/2018-06-01/runtime/restore/error", nameof(HttpRequestException)), (error.Path, error.ErrorType));
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_EventNotJson_PostsInvalidEventErrorAndGoesOn()
    {
        _api.Enqueue("garbled", "{not json", _time.GetUtcNow());
        _api.Enqueue("fine", "[1]", _time.GetUtcNow());
        var stages = new LambdaStages().Add(EchoStage.Name, () => EchoStage.Handler());

        await RunUntilDrainedAsync(new LambdaRuntime(Options(EchoStage.Name), stages));

        Assert.Equal(("/2018-06-01/runtime/invocation/garbled/error", nameof(InvalidEventException)), (_api.Posts[0].Path, _api.Posts[0].ErrorType));
        AssertPost(_api.Posts[1], "/2018-06-01/runtime/invocation/fine/response", "[1]");
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_EmptyEvent_GivesHandlerNull()
    {
        _api.Enqueue("empty", string.Empty, _time.GetUtcNow());
        var sawNull = false;
        var stages = Stage("s", (input, _, _) =>
        {
            sawNull = input is null;
            return Task.FromResult<JsonNode?>(null);
        });

        await RunUntilDrainedAsync(new LambdaRuntime(Options("s"), stages));

        Assert.True(sawNull);
        AssertPost(Assert.Single(_api.Posts), "/2018-06-01/runtime/invocation/empty/response", "null");
    }

    [Fact(Timeout = TimeoutMs)]
    public async Task RunAsync_ResponseRefused_LogsStatusAndGoesOn()
    {
        _api.ResponseStatus = HttpStatusCode.RequestEntityTooLarge;
        _api.Enqueue("big-1", "{}", _time.GetUtcNow());
        _api.Enqueue("big-2", "{}", _time.GetUtcNow());
        var stages = new LambdaStages().Add(EchoStage.Name, () => EchoStage.Handler());

        await RunUntilDrainedAsync(new LambdaRuntime(Options(EchoStage.Name), stages));

        Assert.Equal(2, _api.Posts.Count);
        Assert.Contains("big-2: the Runtime API answered 413", _log.ToString(), StringComparison.Ordinal);
    }

    private LambdaRuntimeOptions Options(string? stage) => new()
    {
        RuntimeApi = "127.0.0.1:9001",
        Stage = stage,
        TimeProvider = _time,
        HttpHandler = _api,
        SetEnvironmentVariable = (name, value) => _environment[name] = value,
        Log = _log,
    };

    private static LambdaStages Stage(string name, Func<JsonNode?, LambdaInvocationContext, CancellationToken, Task<JsonNode?>> handle) =>
        new LambdaStages().Add(name, () => new DelegateHandler(handle));

    /// <summary>Runs until every queued event was handled and the runtime polls again, then shuts it down.</summary>
    private async Task<int> RunUntilDrainedAsync(LambdaRuntime runtime)
    {
        using var shutdown = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = runtime.RunAsync(shutdown.Token);
        if (await Task.WhenAny(run, _api.Drained) != run)
        {
            await shutdown.CancelAsync();
        }

        return await run;
    }

    private static void AssertPost(RecordedRequest post, string path, string body)
    {
        Assert.Equal(path, post.Path);
        Assert.Equal(JsonNode.Parse(body)?.ToJsonString() ?? "null", JsonNode.Parse(post.Body)?.ToJsonString() ?? "null");
    }
}
