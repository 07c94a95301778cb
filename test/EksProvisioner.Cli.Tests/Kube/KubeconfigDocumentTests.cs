using EksProvisioner.Cli.Kube;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Cli.Tests.Kube;

public class KubeconfigDocumentTests
{
    internal const string Arn = "arn:aws:eks:us-east-1:123456789012:cluster/eksprov-dev";

    internal const string Other = """
        apiVersion: v1
        kind: Config
        clusters:
        - name: kind-kind
          cluster:
            server: https://127.0.0.1:6443
            insecure-skip-tls-verify: true
        contexts:
        - name: kind-kind
          context:
            cluster: kind-kind
            user: kind-kind
        current-context: kind-kind
        users:
        - name: kind-kind
          user:
            token: abc
        """;

    internal static string Generated(string arn = Arn, string region = "us-east-1") =>
        Kubeconfig.For(arn[(arn.LastIndexOf('/') + 1)..], arn, "https://example.eks", "Q0E=", region, "eksprov-dev@" + region);

    [Fact]
    public void Merge_IntoConfigWithOtherContext_AddsOursKeepsTheirsAndSwitches()
    {
        var (text, context) = KubeconfigDocument.Merge(Other, Generated(), "dev", "eksprov-dev@us-east-1", []);

        Assert.Equal("dev", context);
        Assert.Equal(Arn, KubeconfigDocument.ClusterOf(text, "dev"));
        Assert.Equal("kind-kind", KubeconfigDocument.ClusterOf(text, "kind-kind"));
        Assert.Contains("insecure-skip-tls-verify: true", text, StringComparison.Ordinal);
        Assert.Contains("current-context: \"dev\"", text, StringComparison.Ordinal);
        Assert.Contains("- get-token", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Merge_Twice_IsIdempotent()
    {
        var once = KubeconfigDocument.Merge(Other, Generated(), "dev", "eksprov-dev@us-east-1", []).Text;

        var twice = KubeconfigDocument.Merge(once, Generated(), "dev", "eksprov-dev@us-east-1", []).Text;

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Merge_NameUsedBySameEnvironmentInAnotherRegion_UsesTheFallbackContext()
    {
        var first = KubeconfigDocument.Merge(null, Generated(), "dev", "eksprov-dev@us-east-1", []).Text;
        const string West = "arn:aws:eks:eu-west-1:123456789012:cluster/eksprov-dev";

        var (text, context) = KubeconfigDocument.Merge(first, Generated(West, "eu-west-1"), "dev", "eksprov-dev@eu-west-1", []);

        Assert.Equal("eksprov-dev@eu-west-1", context);
        Assert.Equal(Arn, KubeconfigDocument.ClusterOf(text, "dev"));
        Assert.Equal(West, KubeconfigDocument.ClusterOf(text, "eksprov-dev@eu-west-1"));
    }

    [Fact]
    public void Merge_ExecEnv_IsWrittenIntoTheExecSection()
    {
        var text = KubeconfigDocument.Merge(null, Generated(), "dev", "x", [new("AWS_ENDPOINT_URL_STS", "http://127.0.0.1:4566")]).Text;

        Assert.Contains("env:", text, StringComparison.Ordinal);
        Assert.Contains("- name: AWS_ENDPOINT_URL_STS\n", text, StringComparison.Ordinal);
        Assert.Contains("value: \"http://127.0.0.1:4566\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_AfterMerge_LeavesOtherEntriesAndClearsCurrentContext()
    {
        var merged = KubeconfigDocument.Merge(Other, Generated(), "dev", "x", []).Text;

        var text = KubeconfigDocument.Remove(merged, Arn)!;

        Assert.Null(KubeconfigDocument.ClusterOf(text, "dev"));
        Assert.DoesNotContain(Arn, text, StringComparison.Ordinal);
        Assert.Equal("kind-kind", KubeconfigDocument.ClusterOf(text, "kind-kind"));
        Assert.Contains("token: abc", text, StringComparison.Ordinal);
        Assert.Contains("current-context: \"\"", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_CurrentContextIsAnother_KeepsIt()
    {
        var merged = KubeconfigDocument.Merge(Other, Generated(), "dev", "x", []).Text.Replace("current-context: \"dev\"", "current-context: kind-kind", StringComparison.Ordinal);

        var text = KubeconfigDocument.Remove(merged, Arn)!;

        Assert.Contains("current-context: kind-kind", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Remove_NothingOfOurs_IsNull()
    {
        Assert.Null(KubeconfigDocument.Remove(Other, Arn));
        Assert.Null(KubeconfigDocument.Remove(null, Arn));
    }
}
