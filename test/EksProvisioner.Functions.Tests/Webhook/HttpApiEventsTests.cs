using EksProvisioner.Functions.Webhook;

namespace EksProvisioner.Functions.Tests.Webhook;

public sealed class HttpApiEventsTests
{
    private static HttpApiRequest Request(string rawPath, string? stage, Dictionary<string, string>? headers = null, string? domain = "api.example.com") => new()
    {
        Version = "2.0",
        RawPath = rawPath,
        Headers = headers,
        RequestContext = new HttpApiRequestContext
        {
            DomainName = domain,
            Stage = stage,
            RequestId = "rid",
            Http = new HttpApiHttpDescription { Method = "GET", Path = rawPath },
        },
    };

    [Theory]
    [InlineData("/prod/environments/dev", "prod", "/environments/dev", "https://api.example.com/prod")]
    [InlineData("/environments/dev", "$default", "/environments/dev", "https://api.example.com")]
    [InlineData("/environments/dev", null, "/environments/dev", "https://api.example.com")]
    [InlineData("/production/environments", "prod", "/production/environments", "https://api.example.com/prod")]
    [InlineData("/prod", "prod", "/", "https://api.example.com/prod")]
    public void ToWebhookRequest_Stage_IsTakenOffThePathAndPutInTheBaseUrl(string rawPath, string? stage, string path, string baseUrl)
    {
        var request = HttpApiEvents.ToWebhookRequest(Request(rawPath, stage));

        Assert.Equal(path, request.Path);
        Assert.Equal(baseUrl, request.BaseUrl);
        Assert.Equal("GET", request.Method);
        Assert.Equal("rid", request.RequestId);
    }

    [Fact]
    public void ToWebhookRequest_ForwardedProtoAndNoDomain_UsesThemForTheBaseUrl()
    {
        var request = HttpApiEvents.ToWebhookRequest(Request("/environments", "$default", new() { ["x-forwarded-proto"] = "http", ["host"] = "127.0.0.1:8080" }, domain: null));

        Assert.Equal("http://127.0.0.1:8080", request.BaseUrl);
    }
}
