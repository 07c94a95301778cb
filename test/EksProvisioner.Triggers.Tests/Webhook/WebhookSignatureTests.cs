using System.Security.Cryptography;
using System.Text;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed class WebhookSignatureTests
{
    [Fact]
    public void Sign_Body_IsLowercaseHexHmacSha256OfTimestampDotBody()
    {
        var body = Encoding.UTF8.GetBytes("""{"name":"dev"}""");
        var oracle = HMACSHA256.HashData(Encoding.UTF8.GetBytes("key"), Encoding.UTF8.GetBytes("1700000000." + """{"name":"dev"}"""));

        var signature = WebhookSignature.Sign("key", "1700000000", body);

        Assert.Equal("sha256=" + Convert.ToHexStringLower(oracle), signature);
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
