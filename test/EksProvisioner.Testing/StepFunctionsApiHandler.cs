using System.Net;
using System.Text;
using EksProvisioner.StepFunctionsLocal.Api;

namespace EksProvisioner.Testing;

/// <summary>
/// Serves AWS JSON 1.0 Step Functions requests from an in-process <see cref="StepFunctionsApi"/>: give it to
/// <c>AwsClientOptions.HttpHandler</c> and our real, signed Step Functions client talks to the local engine
/// with no socket, so tests exercise the wire shapes end to end.
/// </summary>
public sealed class StepFunctionsApiHandler(StepFunctionsApi api) : HttpMessageHandler
{
    private const string TargetPrefix = "AWSStepFunctions.";

    /// <summary>How many requests each operation got, for tests asserting what a component called.</summary>
    public Dictionary<string, int> Calls { get; } = new(StringComparer.Ordinal);

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : "";
        var operation = target.StartsWith(TargetPrefix, StringComparison.Ordinal) ? target[TargetPrefix.Length..] : target;
        var body = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
        lock (Calls)
        {
            Calls[operation] = Calls.GetValueOrDefault(operation) + 1;
        }

        var (status, json) = api.Handle(operation, body);
        return new HttpResponseMessage((HttpStatusCode)status)
        {
            Content = new StringContent(json, Encoding.UTF8, "application/x-amz-json-1.0"),
            RequestMessage = request,
        };
    }
}
