using EksProvisioner.Core.Access;

namespace EksProvisioner.Cli.Output;

/// <summary>Who may use a cluster and how to reach it, as up and status print it.</summary>
internal static class AccessLines
{
    /// <summary>The admins, as one line: each principal ARN, then the policy and scope they all get.</summary>
    public static string Admins(IReadOnlyCollection<string> principals) =>
        principals.Count == 0
            ? "nobody (no access entry; list principals in access.adminPrincipalArns)"
            : $"{string.Join(", ", principals)} ({AccessPolicies.ClusterAdmin}, cluster scope)";

    public static async Task WriteAsync(CliContext context, IReadOnlyCollection<string> admins, (string Path, string Context)? kubeconfig)
    {
        var o = context.Stdout;
        await o.WriteLineAsync($"Cluster admins:    {Admins(admins)}");
        if (kubeconfig is { } k)
        {
            await o.WriteLineAsync($"Context:           {k.Context} (in {k.Path})");
            await o.WriteLineAsync($"Next step:         kubectl --context {k.Context} get nodes");
        }
    }
}
