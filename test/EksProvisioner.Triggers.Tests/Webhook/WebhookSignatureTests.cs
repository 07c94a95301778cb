using System.Security.Cryptography;
using System.Text;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_Request_IsLowercaseHexHmacSha256OfTimestampMethodPathBody()
    {
        var body = Encoding.UTF8.GetBytes("""{"name":"dev"}""");
        var oracle = HMACSHA256.HashData(Encoding.UTF8.GetBytes("key"), Encoding.UTF8.GetBytes("1700000000.POST./environments." + """{"name":"dev"}"""));

        var signature = WebhookSignature.Sign("key", "1700000000", "POST", "/environments", body);

        Assert.Equal("sha256=" + Convert.ToHexStringLower(oracle), signature);
    }

    [Fact]
    public void Sign_LowerCaseMethod_SignsItUpperCase()
    {
        Assert.Equal(WebhookSignature.Sign("key", "1", "DELETE", "/environments/dev", []), WebhookSignature.Sign("key", "1", "delete", "/environments/dev", []));
    }

    [Theory]
    [InlineData("DELETE", "/environments/dev")]
    [InlineData("GET", "/environments/prod")]
    public void Sign_AnotherMethodOrPath_DiffersFromTheGetOfDev(string method, string path)
    {
        Assert.NotEqual(WebhookSignature.Sign("key", "1", "GET", "/environments/dev", []), WebhookSignature.Sign("key", "1", method, path, []));
    }

    [Fact]
    public void Headers_Request_CarryTheTimestampAndItsSignature()
    {
        var at = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

        var headers = WebhookSignature.Headers("key", at, "GET", "/environments/dev", []);

        Assert.Equal("1700000000", headers["x-eksprov-timestamp"]);
        Assert.Equal(WebhookSignature.Sign("key", "1700000000", "GET", "/environments/dev", []), headers[WebhookSignature.SignatureHeader]);
    }

    [Fact]
    public void Timestamp_Instant_IsUnixSeconds()
    {
        Assert.Equal("1700000000", WebhookSignature.Timestamp(DateTimeOffset.FromUnixTimeMilliseconds(1_700_000_000_999)));
    }

    [Theory]
    [InlineData("sha256=")]
    [InlineData("sha1=0123456789abcdef0123456789abcdef01234567")]
    [InlineData("sha256=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg")]
    [InlineData("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef")]
    public void Parse_NotASha256Header_IsNull(string header)
    {
        Assert.Null(WebhookSignature.Parse(header));
    }
}
