using System.Text;

namespace EksProvisioner.Workflow.Support;

/// <summary>
/// A kubeconfig for one EKS cluster whose user runs <c>aws eks get-token</c> (exec credential
/// plugin, client.authentication.k8s.io/v1beta1), as <c>aws eks update-kubeconfig</c> writes it.
/// </summary>
public static class Kubeconfig
{
    public static string For(string clusterName, string clusterArn, string endpoint, string certificateAuthorityData, string region, string contextName)
    {
        var arn = Quote(clusterArn);
        var text = new StringBuilder()
            .Append("apiVersion: v1\n")
            .Append("kind: Config\n")
            .Append("clusters:\n")
            .Append("- name: ").Append(arn).Append('\n')
            .Append("  cluster:\n")
            .Append("    server: ").Append(Quote(endpoint)).Append('\n')
            .Append("    certificate-authority-data: ").Append(Quote(certificateAuthorityData)).Append('\n')
            .Append("contexts:\n")
            .Append("- name: ").Append(Quote(contextName)).Append('\n')
            .Append("  context:\n")
            .Append("    cluster: ").Append(arn).Append('\n')
            .Append("    user: ").Append(arn).Append('\n')
            .Append("current-context: ").Append(Quote(contextName)).Append('\n')
            .Append("preferences: {}\n")
            .Append("users:\n")
            .Append("- name: ").Append(arn).Append('\n')
            .Append("  user:\n")
            .Append("    exec:\n")
            .Append("      apiVersion: client.authentication.k8s.io/v1beta1\n")
            .Append("      command: aws\n")
            .Append("      args:\n")
            .Append("      - eks\n")
            .Append("      - get-token\n")
            .Append("      - --cluster-name\n")
            .Append("      - ").Append(Quote(clusterName)).Append('\n')
            .Append("      - --region\n")
            .Append("      - ").Append(Quote(region)).Append('\n')
            .Append("      interactiveMode: Never\n");
        return text.ToString();
    }

    // Double-quoted YAML scalars: ARNs contain ':' and values must never be read as other types.
    private static string Quote(string value) => "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}
