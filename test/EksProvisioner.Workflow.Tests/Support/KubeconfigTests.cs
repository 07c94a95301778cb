using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Tests.Support;

public class KubeconfigTests
{
    [Fact]
    public void For_Cluster_UsesAwsEksGetTokenExecCredential()
    {
        var yaml = Kubeconfig.For("dev", "arn:aws:eks:eu-west-1:123456789012:cluster/dev", "https://x.eks.amazonaws.com", "Q0E=", "eu-west-1", "eksprov-dev");

        Assert.Contains("apiVersion: client.authentication.k8s.io/v1beta1", yaml, StringComparison.Ordinal);
        Assert.Contains("command: aws", yaml, StringComparison.Ordinal);
        Assert.Contains("- get-token\n      - --cluster-name\n      - \"dev\"\n      - --region\n      - \"eu-west-1\"", yaml, StringComparison.Ordinal);
        Assert.Contains("server: \"https://x.eks.amazonaws.com\"", yaml, StringComparison.Ordinal);
        Assert.Contains("certificate-authority-data: \"Q0E=\"", yaml, StringComparison.Ordinal);
        Assert.Contains("current-context: \"eksprov-dev\"", yaml, StringComparison.Ordinal);
    }
}
