using System.Text;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Webhook;

/// <summary>
/// The HTTP side of the environments API, shared by the webhook function and <c>eksprov api --local</c>:
/// checks in this order, answering at the first that fails: body size (413), route (404, 405), then
/// the <see cref="WebhookService"/> (401, 400, 404, 409, 202, 200). One log line per request: method,
/// path, status, request id and execution ARN; never the secret, the signature or the body.
/// </summary>
public sealed class WebhookFront(WebhookService service, TextWriter log)
{
    /// <summary>The largest body accepted, in bytes (256 KiB, Step Functions' input limit).</summary>
    public const int MaxBodyBytes = 256 * 1024;

    /// <summary>Answers one request. AWS errors (Step Functions, SSM) propagate: the caller answers 500.</summary>
    public async Task<WebhookResponse> HandleAsync(WebhookHttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (response, executionArn) = await AnswerAsync(request, cancellationToken);
        var line = new StringBuilder($"[eksprov] webhook {request.Method} {request.Path} -> {response.StatusCode} requestId={request.RequestId}");
        if (executionArn is not null)
        {
            line.Append(" execution=").Append(executionArn);
        }

        await log.WriteLineAsync(line.ToString());
        return response;
    }

    private async Task<WebhookAnswer> AnswerAsync(WebhookHttpRequest request, CancellationToken cancellationToken)
    {
        if (WebhookBody.Size(request.Body, request.IsBase64Encoded) > MaxBodyBytes)
        {
            return new WebhookAnswer(WebhookAnswers.Message(413, $"the body is over {MaxBodyBytes} bytes"), null);
        }

        var (action, name, refusal) = WebhookRoutes.Match(request.Method, request.Path);
        if (refusal is not null)
        {
            return new WebhookAnswer(refusal, null);
        }

        var call = new WebhookCall(action, name, request.Method, request.Path, request.Headers, WebhookBody.Bytes(request.Body, request.IsBase64Encoded), request.BaseUrl);
        return await service.HandleAsync(call, cancellationToken);
    }
}
