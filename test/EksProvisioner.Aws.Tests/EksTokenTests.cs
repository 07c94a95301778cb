using System.Text;
using Amazon.Runtime;
using EksProvisioner.Aws.Eks;

namespace EksProvisioner.Aws.Tests;

public sealed class EksTokenTests
{
    /// <summary>Printed by `aws eks get-token --cluster-name demo` (aws CLI 2 / botocore) with key and secret `testing`.</summary>
    private const string AwsCliToken = "k8s-aws-v1.aHR0cHM6Ly9zdHMudXMtZWFzdC0xLmFtYXpvbmF3cy5jb20vP0FjdGlvbj1HZXRDYWxsZXJJZGVudGl0eSZWZXJzaW9uPTIwMTEtMDYtMTUmWC1BbXotQWxnb3JpdGhtPUFXUzQtSE1BQy1TSEEyNTYmWC1BbXotQ3JlZGVudGlhbD10ZXN0aW5nJTJGMjAyNjEyMDYlMkZ1cy1lYXN0LTElMkZzdHMlMkZhd3M0X3JlcXVlc3QmWC1BbXotRGF0ZT0yMDI2MTIwNlQwMzAzMzlaJlgtQW16LUV4cGlyZXM9NjAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JTNCeC1rOHMtYXdzLWlkJlgtQW16LVNpZ25hdHVyZT02NTllNzhhNzQwMjQ0Mjg2ZjUwMzcwNTk5Y2ExNTNiYjE4NTUxMmVlZjlkMzJjMzBiNGMwMmU4MmMyZTU0ZGQx";

    [Fact]
    public async Task CreateAsync_SameKeyClusterAndTime_SignsWhatTheAwsCliSigns()
    {
        var token = await EksToken.CreateAsync(
            "demo", "us-east-1", new BasicAWSCredentials("testing", "testing"), new DateTimeOffset(2026, 12, 6, 3, 3, 39, TimeSpan.Zero), TestContext.Current.CancellationToken);

        Assert.StartsWith("k8s-aws-v1.", token, StringComparison.Ordinal);
        Assert.DoesNotContain("=", token, StringComparison.Ordinal);
        Assert.Equal(Signature(AwsCliToken), Signature(token));
    }

    private static string Signature(string token)
    {
        var encoded = token["k8s-aws-v1.".Length..].Replace('-', '+').Replace('_', '/');
        var url = Encoding.UTF8.GetString(Convert.FromBase64String(encoded.PadRight(encoded.Length + ((4 - (encoded.Length % 4)) % 4), '=')));
        return url[(url.IndexOf("X-Amz-Signature=", StringComparison.Ordinal) + "X-Amz-Signature=".Length)..];
    }
}
