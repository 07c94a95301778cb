using Amazon;
using Amazon.Runtime;
using Amazon.Runtime.Signing;
using EksProvisioner.Aws.Errors;
using EksProvisioner.Aws.Protocol;
using EksProvisioner.Core.Errors;

namespace EksProvisioner.Aws.Http;

/// <summary>
/// Sends one operation: marshal, then per attempt sign (SigV4, AWSSDK.Core's public signer), send,
/// read, and map any error to the Core taxonomy; throttling and 5xx are retried briefly.
/// </summary>
internal sealed class AwsServiceInvoker(
    AwsServiceEndpoint endpoint,
    IAwsWireProtocol protocol,
    HttpClient http,
    Func<CancellationToken, Task<AWSCredentials>> credentials,
    TransientRetry retry)
{
    public AwsServiceEndpoint Endpoint => endpoint;

    public async Task<TResponse> InvokeAsync<TResponse>(AwsOperation operation, object request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var wire = protocol.Marshal(operation, request);
        var response = await retry.ExecuteAsync((_, token) => SendOnceAsync(operation, wire, token), cancellationToken);
        return (TResponse)protocol.Unmarshal(operation, response);
    }

    private async Task<AwsWireResponse> SendOnceAsync(AwsOperation operation, AwsWireRequest wire, CancellationToken cancellationToken)
    {
        var uri = new Uri(endpoint.Url.GetLeftPart(UriPartial.Authority) + endpoint.Url.AbsolutePath.TrimEnd('/') + wire.PathAndQuery);
        using var message = new HttpRequestMessage(wire.Method, uri);
        var signing = new AWSSigningRequest { HttpMethod = wire.Method, RequestUri = uri };
        if (wire.Body is not null)
        {
            message.Content = new ByteArrayContent(wire.Body);
            message.Content.Headers.TryAddWithoutValidation("Content-Type", wire.ContentType);
            signing.Content = wire.Body;
        }

        foreach (var (name, value) in wire.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
            signing.Headers[name] = value;
        }

        // Signing uses the SDK's clock-skew-corrected wall clock on purpose: AWS checks the signature
        // time against real time, whatever virtual clock drives our waits.
        var signed = await AWSSigV4Signer.SignAsync(
            signing,
            new AWSSigV4Parameters
            {
                Credentials = await credentials(cancellationToken),
                Region = RegionEndpoint.GetBySystemName(endpoint.SigningRegion),
                Service = endpoint.SigningName,
            },
            cancellationToken);
        foreach (var (name, value) in signed.Headers)
        {
            message.Headers.TryAddWithoutValidation(name, value);
        }

        HttpResponseMessage answer;
        try
        {
            answer = await http.SendAsync(message, cancellationToken);
        }
        catch (Exception error) when (error is HttpRequestException || error is TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw TransportFailure(operation, error);
        }

        using (answer)
        {
            var body = await answer.Content.ReadAsByteArrayAsync(cancellationToken);
            var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
            foreach (var header in answer.Headers.Concat(answer.Content.Headers))
            {
                headers[header.Key] = string.Join(",", header.Value);
            }

            var response = new AwsWireResponse((int)answer.StatusCode, headers, body);
            if (answer.IsSuccessStatusCode)
            {
                return response;
            }

            throw AwsErrorMapper.Map(protocol.ParseError(operation, response));
        }
    }

    private AwsServiceUnavailableException TransportFailure(AwsOperation operation, Exception error) =>
        new($"{endpoint.SigningName}:{operation.Name} could not reach {endpoint.Url}: {error.Message}", error)
        {
            Service = endpoint.SigningName,
            Operation = operation.Name,
        };
}
