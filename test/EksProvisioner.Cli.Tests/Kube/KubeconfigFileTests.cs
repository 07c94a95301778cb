using EksProvisioner.Cli.Kube;

namespace EksProvisioner.Cli.Tests.Kube;

public class KubeconfigFileTests
{
    [Fact]
    public void Locate_KubeconfigWithTwoFiles_IsTheFirst()
    {
        var list = string.Join(Path.PathSeparator, "/tmp/a/config", "/tmp/b/config");

        var path = KubeconfigFile.Locate(null, n => n == "KUBECONFIG" ? list : "/home/me");

        Assert.Equal("/tmp/a/config", path);
    }

    [Fact]
    public void Locate_OptionBeatsKubeconfig_AndHomeIsTheLastResort()
    {
        Assert.Equal(Path.GetFullPath("own.yaml"), KubeconfigFile.Locate("own.yaml", n => n == "KUBECONFIG" ? "/tmp/a" : null));
        Assert.Equal(Path.Combine("/home/me", ".kube", "config"), KubeconfigFile.Locate(null, n => n == "HOME" ? "/home/me" : null));
        Assert.Null(KubeconfigFile.Locate(null, _ => null));
    }

    [Fact]
    public async Task MergeAsync_FirstOfTwoKubeconfigFiles_WritesOnlyItWithMode0600()
    {
        using var temp = new TempFiles();
        var first = temp.Write("first", KubeconfigDocumentTests.Other);
        var second = temp.Write("second", KubeconfigDocumentTests.Other);
        var path = KubeconfigFile.Locate(null, n => n == "KUBECONFIG" ? first + Path.PathSeparator + second : null)!;

        var context = await KubeconfigFile.MergeAsync(path, KubeconfigDocumentTests.Generated(), "dev", "x", [], TestContext.Current.CancellationToken);

        Assert.Equal("dev", context);
        Assert.Equal(KubeconfigDocumentTests.Arn, KubeconfigDocument.ClusterOf(await File.ReadAllTextAsync(first, TestContext.Current.CancellationToken), "dev"));
        Assert.Equal(KubeconfigDocumentTests.Other, await File.ReadAllTextAsync(second, TestContext.Current.CancellationToken));
        Assert.Single(Directory.GetFiles(temp.Folder, "first*"));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(first));
        }
    }

    [Fact]
    public async Task RemoveAsync_AfterMerge_RestoresOtherEntriesOnly()
    {
        using var temp = new TempFiles();
        var path = Path.Combine(temp.Folder, ".kube", "config");
        await KubeconfigFile.MergeAsync(path, KubeconfigDocumentTests.Generated(), "dev", "x", [], TestContext.Current.CancellationToken);

        Assert.True(await KubeconfigFile.RemoveAsync(path, KubeconfigDocumentTests.Arn, TestContext.Current.CancellationToken));
        Assert.False(await KubeconfigFile.RemoveAsync(path, KubeconfigDocumentTests.Arn, TestContext.Current.CancellationToken));

        Assert.DoesNotContain("eksprov", await File.ReadAllTextAsync(path, TestContext.Current.CancellationToken), StringComparison.Ordinal);
    }
}
