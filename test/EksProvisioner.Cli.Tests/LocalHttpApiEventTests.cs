using System.Text;
using EksProvisioner.Cli.Api;
using Microsoft.AspNetCore.Http;

namespace EksProvisioner.Cli.Tests;

public sealed class LocalHttpApiEventTests
{
    private static readonly DateTimeOffset Now = new(2026, 2, 3, 4, 5, 6, 789, TimeSpan.Zero);

    private static DefaultHttpContext Context(string method, string path, string? contentType = null, string query = "")
    {
        var context = new DefaultHttpContext();
        context.Request.Method = method;
        context.Request.Scheme = "http";
        context.Request.Host = new HostString("127.0.0.1", 8080);
        context.Request.Path = path;
        context.Request.QueryString = new QueryString(query);
        context.Request.ContentType = contentType;
        context.Request.Headers["X-Eksprov-Timestamp"] = "1700000000";
        context.Request.Headers.Append("X-Multi", "a");
        context.Request.Headers.Append("X-Multi", "b");
        context.Request.Headers.Cookie = "a=1; b=2";
        return context;
    }

    [Fact]
    public void From_JsonRequest_IsAPayload20EventWithLowerCaseHeadersAndTextBody()
    {
        var body = Encoding.UTF8.GetBytes("""{"name":"dev"}""");

        var e = LocalHttpApiEvent.From(Context("POST", "/environments", "application/json; charset=utf-8", "?x=1"), body, "local-1", Now);

        Assert.Equal("2.0", e.Version);
        Assert.Equal("/environments", e.RawPath);
        Assert.Equal("x=1", e.RawQueryString);
        Assert.Equal("1", e.QueryStringParameters!["x"]);
        Assert.Equal("1700000000", e.Headers!["x-eksprov-timestamp"]);
        Assert.Equal("a,b", e.Headers["x-multi"]);
        Assert.Equal("http", e.Headers["x-forwarded-proto"]);
        Assert.False(e.Headers.ContainsKey("cookie"));
        Assert.Equal(["a=1", "b=2"], e.Cookies!);
        Assert.Equal("""{"name":"dev"}""", e.Body);
        Assert.False(e.IsBase64Encoded);
        Assert.Equal("POST", e.RequestContext!.Http!.Method);
        Assert.Equal("127.0.0.1:8080", e.RequestContext.DomainName);
        Assert.Equal("$default", e.RequestContext.Stage);
        Assert.Equal("local-1", e.RequestContext.RequestId);
        Assert.Equal(Now.ToUnixTimeMilliseconds(), e.RequestContext.TimeEpoch);
        Assert.Null(e.PathParameters);
    }

    [Theory]
    [InlineData("application/octet-stream", new byte[] { 1, 2, 3 })]
    [InlineData("application/json", new byte[] { 0x7b, 0xff, 0x7d })]
    public void From_BinaryOrInvalidUtf8Body_IsBase64OfTheExactBytes(string contentType, byte[] body)
    {
        var e = LocalHttpApiEvent.From(Context("POST", "/environments", contentType), body, "local-2", Now);

        Assert.True(e.IsBase64Encoded);
        Assert.Equal(body, Convert.FromBase64String(e.Body!));
    }

    [Fact]
    public void From_ItemPathWithoutBody_HasTheNamePathParameterAndNoBody()
    {
        var e = LocalHttpApiEvent.From(Context("GET", "/environments/dev"), [], "local-3", Now);

        Assert.Equal("dev", e.PathParameters!["name"]);
        Assert.Null(e.Body);
        Assert.False(e.IsBase64Encoded);
    }
}
