using EksProvisioner.Triggers.Reaping;

namespace EksProvisioner.Triggers.Tests.Reaping;

public sealed class ExpiryTagTests
{
    [Theory]
    [InlineData("2026-01-02T03:04:05Z", "2026-01-02T03:04:05Z")]
    [InlineData("2026-01-02T03:04:05.250Z", "2026-01-02T03:04:05.250Z")]
    [InlineData("2026-01-02T05:04:05+02:00", "2026-01-02T03:04:05Z")]
    public void TryParse_IsoForms_ReadAsUtc(string value, string expected)
    {
        Assert.True(ExpiryTag.TryParse(value, out var parsed));

        Assert.Equal(DateTimeOffset.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), parsed);
        Assert.Equal(TimeSpan.Zero, parsed.Offset);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("tomorrow")]
    [InlineData("01/02/2026 03:04:05")]
    [InlineData("2026-01-02")]
    [InlineData("2026-01-02T03:04:05")]
    [InlineData("1767323045")]
    public void TryParse_AnythingElse_IsRefused(string? value)
    {
        Assert.False(ExpiryTag.TryParse(value, out _));
    }
}
