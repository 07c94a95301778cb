using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// The Lambda Runtime API loop of an executable-assembly function on the managed runtime: init (resolve
/// and construct the stage; failures go to <c>init/error</c>), SnapStart restore when asked, then
/// <c>invocation/next</c> -> handler -> <c>response</c> or <c>error</c>, until cancelled. One bad
/// invocation never ends the loop; only a broken Runtime API does (Lambda then restarts the environment).
/// </summary>
public sealed class LambdaRuntime
{
    /// <summary>Exit code after cancellation: a clean shutdown.</summary>
    public const int ExitOk = 0;

    /// <summary>Exit code after an init or restore error was reported.</summary>
    public const int ExitInitFailed = 1;

    // Timers take at most uint.MaxValue - 1 milliseconds (about 49 days); Lambda deadlines are at most 15 minutes away.
    private static readonly TimeSpan MaxTimer = TimeSpan.FromDays(30);

    private readonly LambdaRuntimeOptions _options;
    private readonly LambdaStages _stages;

    public LambdaRuntime(LambdaRuntimeOptions options, LambdaStages stages)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(stages);
        _options = options;
        _stages = stages;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires (returns <see cref="ExitOk"/>) or init fails.</summary>
    public async Task<int> RunAsync(CancellationToken cancellationToken)
    {
        using var api = new RuntimeApiClient(_options.RuntimeApi, _options.HttpHandler, _options.TimeProvider);
        try
        {
            var handler = await InitializeAsync(api, cancellationToken).ConfigureAwait(false);
            if (handler is null)
            {
                return ExitInitFailed;
            }

            while (true)
            {
                var invocation = await api.NextInvocationAsync(cancellationToken).ConfigureAwait(false);
                await InvokeAsync(api, handler, invocation, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return ExitOk;
        }
    }

    private async Task<ILambdaHandler?> InitializeAsync(RuntimeApiClient api, CancellationToken cancellationToken)
    {
        ILambdaHandler handler;
        try
        {
            handler = CreateHandler();
        }
#pragma warning disable CA1031 // Init boundary: every failure must reach init/error, where Lambda shows it; nothing is hidden.
        catch (Exception e)
#pragma warning restore CA1031
        {
            await ReportAsync("init", api.PostInitErrorAsync(LambdaError.FromException(e), cancellationToken), e).ConfigureAwait(false);
            return null;
        }

        if (!_options.SnapStart)
        {
            return handler;
        }

        await api.WaitForRestoreAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_options.AfterRestore is { } afterRestore)
            {
                await afterRestore(cancellationToken).ConfigureAwait(false);
            }

            await handler.AfterRestoreAsync(cancellationToken).ConfigureAwait(false);
        }
#pragma warning disable CA1031 // Restore boundary: every failure must reach restore/error; nothing is hidden.
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
#pragma warning restore CA1031
        {
            await ReportAsync("restore", api.PostRestoreErrorAsync(LambdaError.FromException(e), cancellationToken), e).ConfigureAwait(false);
            return null;
        }

        return handler;
    }

    private ILambdaHandler CreateHandler()
    {
        var stage = _options.Stage;
        if (string.IsNullOrWhiteSpace(stage))
        {
            throw new LambdaStageNotFoundException(
                $"{LambdaRuntimeOptions.StageVariable} is not set; expected one of: {string.Join(", ", _stages.Names)}.");
        }

        return _stages.TryGet(stage, out var factory)
            ? factory()
            : throw new LambdaStageNotFoundException(
                $"{LambdaRuntimeOptions.StageVariable}='{stage}' names no stage; expected one of: {string.Join(", ", _stages.Names)}.");
    }

    private async Task InvokeAsync(RuntimeApiClient api, ILambdaHandler handler, LambdaInvocation invocation, CancellationToken cancellationToken)
    {
        var context = invocation.Context;
        _options.SetEnvironmentVariable(LambdaRuntimeOptions.TraceIdVariable, context.TraceId);

        JsonNode? result;
        try
        {
            var input = ParseEvent(invocation.Body);
            using var deadline = new CancellationTokenSource(UntilDeadline(context), _options.TimeProvider);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            result = await handler.HandleAsync(input, context, linked.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
#pragma warning disable CA1031 // Invocation boundary: the exception is reported to Lambda as this invocation's error, never swallowed.
        catch (Exception e)
#pragma warning restore CA1031
        {
            var error = LambdaError.FromException(e);
            await ReportAsync(context.RequestId, api.PostInvocationErrorAsync(context.RequestId, error, cancellationToken), e).ConfigureAwait(false);
            return;
        }

        await ReportAsync(context.RequestId, api.PostResponseAsync(context.RequestId, result, cancellationToken), null).ConfigureAwait(false);
    }

    private static JsonNode? ParseEvent(byte[] body)
    {
        if (body.Length == 0)
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(body);
        }
        catch (JsonException e)
        {
            throw new InvalidEventException(e);
        }
    }

    /// <summary>The handler's token fires at the deadline; no (or an absurdly far) deadline means no timer.</summary>
    private static TimeSpan UntilDeadline(LambdaInvocationContext context)
    {
        var remaining = context.RemainingTime;
        return context.Deadline == DateTimeOffset.MaxValue || remaining > MaxTimer ? Timeout.InfiniteTimeSpan : remaining;
    }

    /// <summary>Awaits a post to the Runtime API and logs a refusal; the loop goes on either way.</summary>
    private async Task ReportAsync(string what, Task<HttpResponseMessage> post, Exception? failure)
    {
        if (failure is not null)
        {
            await _options.Log.WriteLineAsync($"[eksprov] {what}: {failure.GetType().Name}: {failure.Message}").ConfigureAwait(false);
        }

        using var response = await post.ConfigureAwait(false);
        if (response.StatusCode is not (HttpStatusCode.Accepted or HttpStatusCode.OK or HttpStatusCode.NoContent))
        {
            await _options.Log.WriteLineAsync($"[eksprov] {what}: the Runtime API answered {(int)response.StatusCode} {response.ReasonPhrase}.").ConfigureAwait(false);
        }
    }
}
