using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Runtime;

/// <summary>The HTTP calls of the Lambda Runtime API, version 2018-06-01.</summary>
internal sealed class RuntimeApiClient : IDisposable
{
    private static readonly MediaTypeHeaderValue Json = new("application/json");

    private readonly HttpClient _http;
    private readonly TimeProvider _timeProvider;

    public RuntimeApiClient(string runtimeApi, HttpMessageHandler? handler, TimeProvider timeProvider)
    {
        var root = runtimeApi.Contains("://", StringComparison.Ordinal) ? runtimeApi : $"http://{runtimeApi}";
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = new Uri($"{root.TrimEnd('/')}/2018-06-01/runtime/");

        // invocation/next is a long poll that lasts until the next event arrives.
        _http.Timeout = Timeout.InfiniteTimeSpan;
        _timeProvider = timeProvider;
    }

    public async Task<LambdaInvocation> NextInvocationAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(new Uri("invocation/next", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        var headers = response.Headers;
        var requestId = Header(headers, RuntimeApiHeaders.RequestId)
            ?? throw new InvalidOperationException($"invocation/next answered without {RuntimeApiHeaders.RequestId}.");
        var context = new LambdaInvocationContext(
            requestId,
            ParseDeadline(Header(headers, RuntimeApiHeaders.DeadlineMs)),
            Header(headers, RuntimeApiHeaders.InvokedFunctionArn) ?? string.Empty,
            Header(headers, RuntimeApiHeaders.TraceId),
            Header(headers, RuntimeApiHeaders.ClientContext),
            Header(headers, RuntimeApiHeaders.CognitoIdentity),
            _timeProvider);
        return new LambdaInvocation(context, body);
    }

    /// <summary>Posts the result; a non-success answer means Lambda refused it (for example a payload over the 6 MB limit).</summary>
    public async Task<HttpResponseMessage> PostResponseAsync(string requestId, JsonNode? result, CancellationToken cancellationToken)
    {
        using var content = new StringContent(result?.ToJsonString() ?? "null");
        content.Headers.ContentType = Json;
        return await _http.PostAsync(Relative($"invocation/{Uri.EscapeDataString(requestId)}/response"), content, cancellationToken).ConfigureAwait(false);
    }

    public Task<HttpResponseMessage> PostInvocationErrorAsync(string requestId, LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync($"invocation/{Uri.EscapeDataString(requestId)}/error", error, cancellationToken);

    public Task<HttpResponseMessage> PostInitErrorAsync(LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync("init/error", error, cancellationToken);

    public Task<HttpResponseMessage> PostRestoreErrorAsync(LambdaError error, CancellationToken cancellationToken) =>
        PostErrorAsync("restore/error", error, cancellationToken);

    /// <summary>SnapStart: returns when the snapshot has been restored in a new execution environment.</summary>
    public async Task WaitForRestoreAsync(CancellationToken cancellationToken)
    {
        using var response = await _http.GetAsync(Relative("restore/next"), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    public void Dispose() => _http.Dispose();

    /// <summary>Lambda-Runtime-Deadline-Ms is the deadline in Unix epoch milliseconds.</summary>
    internal static DateTimeOffset ParseDeadline(string? value) =>
        long.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var milliseconds)
            ? DateTimeOffset.FromUnixTimeMilliseconds(milliseconds)
            : DateTimeOffset.MaxValue;

    private async Task<HttpResponseMessage> PostErrorAsync(string path, LambdaError error, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(error.ToJsonBytes());
        content.Headers.ContentType = Json;
        using var request = new HttpRequestMessage(HttpMethod.Post, Relative(path)) { Content = content };
        request.Headers.TryAddWithoutValidation(RuntimeApiHeaders.FunctionErrorType, error.ErrorType);
        return await _http.SendAsync(request, cancellationToken).ConfigureAwait(false);
    }

    private static Uri Relative(string path) => new(path, UriKind.Relative);

    private static string? Header(HttpResponseHeaders headers, string name) =>
        headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
