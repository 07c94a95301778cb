using EksProvisioner.Triggers.Reaping;
using EksProvisioner.Triggers.Tests.Fakes;

namespace EksProvisioner.Triggers.Tests.Reaping;

public sealed class ExpiryScanTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task RunAsync_SeveralResourcesPerEnvironmentOverPages_KeepsEachEarliest()
    {
        var tagging = new FakeTagging { PageSize = 2 }
            .Vpc("dev", "2026-01-05T10:00:00Z").Vpc("qa", "2026-01-07T00:00:00Z").Vpc("dev", "2026-01-05T08:00:00Z").Vpc("dev", "2026-01-06T00:00:00Z");

        var scan = await ExpiryScan.RunAsync(tagging, Ct);

        Assert.Equal(4, scan.Resources);
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 8, 0, 0, TimeSpan.Zero), scan.Earliest["dev"]);
        Assert.Equal(new DateTimeOffset(2026, 1, 7, 0, 0, 0, TimeSpan.Zero), scan.Earliest["qa"]);
        Assert.Empty(scan.Skipped);
        Assert.Equal(2, tagging.Requests.Count);
    }

    [Fact]
    public async Task RunAsync_EnvironmentWithOnlyBadExpiries_SeenButNeverEarliest()
    {
        var tagging = new FakeTagging().Vpc("dev", "soon").Vpc("dev", "");

        var scan = await ExpiryScan.RunAsync(tagging, Ct);

        Assert.Equal(["dev"], scan.Environments);
        Assert.Empty(scan.Earliest);
        Assert.Equal(2, scan.Skipped.Count);
        Assert.All(scan.Skipped, s => Assert.StartsWith("arn:aws:ec2:", s.Subject, StringComparison.Ordinal));
    }
}
