namespace EksProvisioner.Cli.Commands;

/// <summary>How up and down report (JSON or lines) and the kubeconfig file they change (null: the located one).</summary>
internal sealed record KubeconfigOutput(bool Json, string? Kubeconfig);
