using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Network;

namespace EksProvisioner.Core.Tests;

public class ZoneChooserTests
{
    private static readonly AvailabilityZone[] UsEast1 =
    [
        new("us-east-1f", "use1-az5"), new("us-east-1a", "use1-az3"), new("us-east-1c", "use1-az1"),
        new("us-east-1b", "use1-az2"), new("us-east-1d", "use1-az4"), new("us-east-1e", "use1-az6"),
    ];

    [Fact]
    public void Choose_SkipsConstrainedZoneIdsAndOrdersByName()
    {
        Assert.Equal(["us-east-1b", "us-east-1c", "us-east-1d"], ZoneChooser.Choose(UsEast1, 3));
    }

    [Fact]
    public void Choose_ExplicitNames_AreTakenAsGiven()
    {
        Assert.Equal(["us-east-1a", "us-east-1f"], ZoneChooser.Choose(UsEast1, 2, ["us-east-1a", "us-east-1f"]));
    }

    [Fact]
    public void Choose_TooFewUsableZones_ThrowsInvalidRequest()
    {
        AvailabilityZone[] usWest1 = [new("us-west-1a", "usw1-az1"), new("us-west-1b", "usw1-az2"), new("us-west-1c", "usw1-az3")];

        var ex = Assert.Throws<EnvironmentRequestInvalidException>(() => ZoneChooser.Choose(usWest1, 3));

        Assert.Equal(
            "$.network.availabilityZoneCount: the region has 2 zone(s) EKS supports (us-west-1a, us-west-1c) but 3 were asked for; use 2 or name the zones",
            Assert.Single(ex.Problems));
    }

    [Fact]
    public void Choose_TwoOfTwoUsable_Succeeds()
    {
        AvailabilityZone[] caCentral1 = [new("ca-central-1a", "cac1-az1"), new("ca-central-1b", "cac1-az2"), new("ca-central-1d", "cac1-az3")];

        Assert.Equal(["ca-central-1a", "ca-central-1b"], ZoneChooser.Choose(caCentral1, 2));
    }
}
