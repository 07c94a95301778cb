using System.Text;
using EksProvisioner.Cli.Api;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.Cli.Tests;

public sealed class LocalHttpRequestTests
{
    private static DefaultHttpContext Context(string method, string path, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 8080);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Request.Headers["X-Eksprov-Timestamp"] = "1700000000";
        context.Request.Headers.Append("X-Multi", "a");
        context.Request.Headers.Append("X-Multi", "b");
        return context;
    }

    [Fact]
    public void From_JsonRequest_HasThePathWithoutQueryLowerCaseHeadersAndTheBaseUrl()
    {
        var body = Encoding.UTF8.GetBytes("""{"name":"dev"}""");

        var request = LocalHttpRequest.From(Context("POST", "/environments", "?x=1"), body, "local-1");

        Assert.Equal("POST", request.Method);
        Assert.Equal("/environments", request.Path);
        Assert.Equal("1700000000", request.Headers["x-eksprov-timestamp"]);
        Assert.Equal("a,b", request.Headers["x-multi"]);
        Assert.Equal("http://127.0.0.1:8080", request.BaseUrl);
        Assert.Equal("local-1", request.RequestId);
    }

    [Theory]
    [InlineData(new byte[] { 1, 2, 3 })]
    [InlineData(new byte[] { 0x7b, 0xff, 0x7d })]
    public void From_AnyBody_CarriesTheExactBytes(byte[] body)
    {
        var request = LocalHttpRequest.From(Context("POST", "/environments"), body, "local-2");

        Assert.True(request.IsBase64Encoded);
        Assert.Equal(body, Convert.FromBase64String(request.Body!));
    }

    [Fact]
    public void From_NoBody_HasNoBody()
    {
        var request = LocalHttpRequest.From(Context("GET", "/environments/dev"), [], "local-3");

        Assert.Equal("/environments/dev", request.Path);
        Assert.Null(request.Body);
        Assert.False(request.IsBase64Encoded);
    }
}
