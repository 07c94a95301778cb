using System.CommandLine;

namespace EksProvisioner.Cli.Commands;

/// <summary><c>--kubeconfig FILE</c> of up and down: the file kubectl reads, as kubectl spells the option.</summary>
internal static class KubeconfigOption
{
    public static Option<string?> Create() => new("--kubeconfig")
    {
        HelpName = "FILE",
        Description = "The kubeconfig to add the environment's context to (down: remove it from); default the first file of KUBECONFIG, else ~/.kube/config.",
    };
}
