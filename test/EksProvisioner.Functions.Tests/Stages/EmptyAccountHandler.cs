using System.Net;
using System.Text;

namespace EksProvisioner.Functions.Tests.Stages;

/// <summary>
/// An account with nothing in it, as EKS and EC2 answer the existence check ValidateRequest makes: no client
/// may reach the network (a refused connection would be retried on a fake clock that never moves).
/// </summary>
internal sealed class EmptyAccountHandler : HttpMessageHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var body = request.Content is null ? string.Empty : await request.Content.ReadAsStringAsync(cancellationToken);
        if (body.Contains("Action=DescribeVpcs", StringComparison.Ordinal))
        {
            return Answer(HttpStatusCode.OK, "text/xml", """<DescribeVpcsResponse xmlns="http://ec2.amazonaws.com/doc/2016-11-15/"><requestId>r-1</requestId><vpcSet/></DescribeVpcsResponse>""");
        }

        if (request.RequestUri!.AbsolutePath.StartsWith("/clusters/", StringComparison.Ordinal))
        {
            var notFound = Answer(HttpStatusCode.NotFound, "application/json", """{"message":"No cluster found."}""");
            notFound.Headers.Add("x-amzn-ErrorType", "ResourceNotFoundException");
            return notFound;
        }

        throw new InvalidOperationException($"unexpected call {request.Method} {request.RequestUri} {body}");
    }

    private static HttpResponseMessage Answer(HttpStatusCode status, string contentType, string text) =>
        new(status) { Content = new StringContent(text, Encoding.UTF8, contentType) };
}
