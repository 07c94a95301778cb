using EksProvisioner.Core.Contract;

namespace EksProvisioner.Core.Tests;

public class RequestDefaultsTests
{
    [Theory]
    [InlineData(null, null, null, 1, 2, 3)]
    [InlineData(5, null, null, 5, 5, 5)]
    [InlineData(null, 0, null, 0, 0, 3)]
    [InlineData(null, null, 1, 1, 1, 1)]
    [InlineData(null, 7, null, 1, 7, 7)]
    [InlineData(0, null, 10, 0, 2, 10)]
    public void Sizes_MissingValues_KeepMinDesiredMaxOrdered(int? min, int? desired, int? max, int m, int d, int x)
    {
        Assert.Equal((m, d, x), RequestDefaults.Sizes(min, desired, max));
    }

    [Fact]
    public void NodeGroup_IsTheDocumentedDefault()
    {
        var group = RequestDefaults.NodeGroup;

        Assert.Equal(RequestDefaults.Sizes(null, null, null), (group.MinSize, group.DesiredSize, group.MaxSize));
        Assert.Contains(group.AmiType, AmiTypes.Supported);
        Assert.Equal(KubernetesVersions.Supported[^1], KubernetesVersions.Default);
    }
}
