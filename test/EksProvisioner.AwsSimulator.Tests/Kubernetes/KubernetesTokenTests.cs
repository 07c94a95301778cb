using EksProvisioner.AwsSimulator.Kubernetes;

namespace EksProvisioner.AwsSimulator.Tests.Kubernetes;

public sealed class KubernetesTokenTests
{
    /// <summary>Printed by `aws eks get-token --cluster-name demo` (aws CLI 2 / botocore) with key and secret `testing`.</summary>
    private const string AwsCliToken = "k8s-aws-v1.aHR0cHM6Ly9zdHMudXMtZWFzdC0xLmFtYXpvbmF3cy5jb20vP0FjdGlvbj1HZXRDYWxsZXJJZGVudGl0eSZWZXJzaW9uPTIwMTEtMDYtMTUmWC1BbXotQWxnb3JpdGhtPUFXUzQtSE1BQy1TSEEyNTYmWC1BbXotQ3JlZGVudGlhbD10ZXN0aW5nJTJGMjAyNjEyMDYlMkZ1cy1lYXN0LTElMkZzdHMlMkZhd3M0X3JlcXVlc3QmWC1BbXotRGF0ZT0yMDI2MTIwNlQwMzAzMzlaJlgtQW16LUV4cGlyZXM9NjAmWC1BbXotU2lnbmVkSGVhZGVycz1ob3N0JTNCeC1rOHMtYXdzLWlkJlgtQW16LVNpZ25hdHVyZT02NTllNzhhNzQwMjQ0Mjg2ZjUwMzcwNTk5Y2ExNTNiYjE4NTUxMmVlZjlkMzJjMzBiNGMwMmU4MmMyZTU0ZGQx";

    private static readonly DateTimeOffset Signed = new(2026, 12, 6, 3, 3, 39, TimeSpan.Zero);

    [Fact]
    public void Verify_AwsCliTokenWithinExpiry_ReturnsAccessKey()
    {
        var key = KubernetesToken.Verify(AwsCliToken, "demo", Signed.AddSeconds(59), k => k, out _);

        Assert.Equal("testing", key);
    }

    [Fact]
    public void Verify_AfterXAmzExpires_RefusedAsExpired()
    {
        var key = KubernetesToken.Verify(AwsCliToken, "demo", Signed.AddSeconds(61), k => k, out var problem);

        Assert.Null(key);
        Assert.Equal("token expired", problem);
    }

    [Fact]
    public void Verify_TokenForAnotherCluster_SignatureDoesNotMatch()
    {
        var key = KubernetesToken.Verify(AwsCliToken, "other", Signed, k => k, out var problem);

        Assert.Null(key);
        Assert.Contains("signature does not match", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Verify_WrongSecret_Refused()
    {
        Assert.Null(KubernetesToken.Verify(AwsCliToken, "demo", Signed, _ => "not-the-secret", out _));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Bearer-nothing")]
    [InlineData("k8s-aws-v1.!!!")]
    public void Verify_NotAnEksToken_Refused(string? token)
    {
        Assert.Null(KubernetesToken.Verify(token, "demo", Signed, k => k, out _));
    }
}
