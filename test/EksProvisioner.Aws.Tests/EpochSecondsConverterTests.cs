using System.Text.Json;
using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.Tests;

public sealed class EpochSecondsConverterTests
{
    private sealed record Stamp(DateTimeOffset? At);

    [Theory]
    [InlineData("""{"at":1767225600}""")]
    [InlineData("""{"at":1767225600.0}""")]
    [InlineData("""{"at":"2026-01-01T00:00:00Z"}""")]
    [InlineData("""{"at":"2026-01-01T00:00:00.000+00:00"}""")]
    public void Read_NumberOrIsoString_IsSameInstant(string json) =>
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero), JsonSerializer.Deserialize<Stamp>(json, AwsJson.Options)!.At);

    [Fact]
    public void Write_FractionalSeconds_IsEpochSecondsNumber() =>
        Assert.Equal(
            """{"at":1767225600.25}""",
            JsonSerializer.Serialize(new Stamp(DateTimeOffset.FromUnixTimeMilliseconds(1767225600250)), AwsJson.Options));

    [Fact]
    public void Write_Null_IsOmitted() => Assert.Equal("{}", JsonSerializer.Serialize(new Stamp(null), AwsJson.Options));
}
