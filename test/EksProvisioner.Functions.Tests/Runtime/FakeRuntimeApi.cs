using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;

namespace EksProvisioner.Functions.Tests.Runtime;

/// <summary>
/// Stands for the Lambda Runtime API (2018-06-01): serves queued events from <c>invocation/next</c>,
/// answers <c>restore/next</c> at once, accepts every post with 202 (or <see cref="ResponseStatus"/> for
/// results) and records every request, in order, in <see cref="Timeline"/>. With no event left,
/// <c>invocation/next</c> waits for the caller to cancel, as the real long poll does, and completes
/// <see cref="Drained"/>.
/// </summary>
internal sealed class FakeRuntimeApi : HttpMessageHandler
{
    public const string FunctionArn = "arn:aws:lambda:eu-west-1:123456789012:function:eksprov-create-cluster:live";

    private readonly ConcurrentQueue<HttpResponseMessage> _events = new();
    private readonly List<RecordedRequest> _timeline = [];
    private readonly TaskCompletionSource _drained = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public HttpStatusCode ResponseStatus { get; set; } = HttpStatusCode.Accepted;

    public Task Drained => _drained.Task;

    public IReadOnlyList<RecordedRequest> Timeline
    {
        get
        {
            lock (_timeline)
            {
                return [.. _timeline];
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Posts => [.. Timeline.Where(r => r.Method == "POST")];

    /// <summary>Queues an event; headers default to a deadline one minute after <paramref name="now"/>.</summary>
    public void Enqueue(string requestId, string body, DateTimeOffset now, string? traceId = null, Action<HttpResponseMessage>? customize = null)
    {
        var response = new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
        response.Headers.Add("Lambda-Runtime-Aws-Request-Id", requestId);
        response.Headers.Add("Lambda-Runtime-Deadline-Ms", now.AddMinutes(1).ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture));
        response.Headers.Add("Lambda-Runtime-Invoked-Function-Arn", FunctionArn);
        if (traceId is not null)
        {
            response.Headers.Add("Lambda-Runtime-Trace-Id", traceId);
        }

        customize?.Invoke(response);
        _events.Enqueue(response);
    }

    /// <summary>Adds a marker to the timeline, for ordering checks against code outside the API.</summary>
    public void Note(string marker) => Record(new RecordedRequest("NOTE", marker, null, string.Empty));

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        var path = request.RequestUri!.AbsolutePath;
        var errorType = request.Headers.TryGetValues("Lambda-Runtime-Function-Error-Type", out var values) ? values.Single() : null;
        Record(new RecordedRequest(request.Method.Method, path, errorType, body));

        switch (request.Method.Method, path)
        {
            case ("GET", "/2018-06-01/runtime/invocation/next"):
                if (_events.TryDequeue(out var next))
                {
                    return next;
                }

                _drained.TrySetResult();
                await new TaskCompletionSource().Task.WaitAsync(cancellationToken);
                throw new InvalidOperationException("Unreachable: the wait above only ends by cancellation.");
            case ("GET", "/2018-06-01/runtime/restore/next"):
                return new HttpResponseMessage(HttpStatusCode.OK);
            case ("POST", _) when path.EndsWith("/response", StringComparison.Ordinal):
                return new HttpResponseMessage(ResponseStatus);
            case ("POST", _):
                return new HttpResponseMessage(HttpStatusCode.Accepted);
            default:
                return new HttpResponseMessage(HttpStatusCode.NotFound);
        }
    }

    protected override void Dispose(bool disposing)
    {
        while (_events.TryDequeue(out var unused))
        {
            unused.Dispose();
        }

        base.Dispose(disposing);
    }

    private void Record(RecordedRequest request)
    {
        lock (_timeline)
        {
            _timeline.Add(request);
        }
    }
}
