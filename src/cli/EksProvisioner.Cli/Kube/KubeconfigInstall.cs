using System.Text.RegularExpressions;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Kube;

/// <summary>
/// What up and down do to the user's kubeconfig: add the environment's context (named after it) with
/// its cluster and user, and take them out again. Locally the exec section also carries the simulated
/// caller's credentials and the simulator's endpoint, so <c>aws eks get-token</c> signs for the simulator.
/// </summary>
internal static class KubeconfigInstall
{
    /// <summary>Where <c>eksprov simulator</c> serves the account for kubectl (default <see cref="DefaultSimulatorUrl"/>).</summary>
    public const string SimulatorUrlVariable = "EKSPROV_SIMULATOR_URL";

    public const string DefaultSimulatorUrl = "http://127.0.0.1:4566";

    /// <summary>Merges <paramref name="generated"/>; null when no kubeconfig file can be located.</summary>
    public static async Task<(string Path, string Context)?> AddAsync(
        CliContext context, string? option, bool simulated, string environment, string generated, CancellationToken cancellationToken)
    {
        if (KubeconfigFile.Locate(option, context.Environment) is not { } path || KubeconfigDocument.GeneratedCluster(generated) is not { } arn)
        {
            return null;
        }

        // The fallback when the environment's name leads to another cluster already: <cluster>@<region>.
        var parts = arn.Split(':');
        var fallback = $"{arn[(arn.LastIndexOf('/') + 1)..]}@{parts[3]}";
        return (path, await KubeconfigFile.MergeAsync(path, generated, environment, fallback, ExecEnv(simulated, context.Environment), cancellationToken));
    }

    /// <summary>
    /// Removes the environment's entries: those of the cluster in its saved kubeconfig
    /// <paramref name="saved"/>, else of the cluster that a context named after it uses when that is this
    /// environment's cluster in <paramref name="region"/>. Answers the file when something was removed.
    /// </summary>
    public static async Task<string?> RemoveAsync(
        CliContext context, string? option, string environment, string region, string? saved, CancellationToken cancellationToken)
    {
        if (KubeconfigFile.Locate(option, context.Environment) is not { } path)
        {
            return null;
        }

        var arn = saved is null ? null : KubeconfigDocument.GeneratedCluster(saved);
        if (arn is null && KubeconfigDocument.ClusterOf(await KubeconfigFile.ReadAsync(path, cancellationToken), environment) is { } used
            && Regex.IsMatch(used, $"^arn:[a-z-]+:eks:{Regex.Escape(region)}:[0-9]{{12}}:cluster/[a-z][a-z0-9]{{0,7}}-{Regex.Escape(environment)}\\z", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            // Name prefixes have no hyphen, so <prefix>-<environment> is this environment's cluster and no other's.
            arn = used;
        }

        return arn is not null && await KubeconfigFile.RemoveAsync(path, arn, cancellationToken) ? path : null;
    }

    private static IReadOnlyList<KeyValuePair<string, string>> ExecEnv(bool simulated, Func<string, string?> environment)
    {
        if (!simulated)
        {
            return [];
        }

        var url = environment(SimulatorUrlVariable) ?? DefaultSimulatorUrl;
        return
        [
            new("AWS_ACCESS_KEY_ID", LocalAccount.CallerKey),
            new("AWS_SECRET_ACCESS_KEY", LocalAccount.CallerKey),
            new("AWS_ENDPOINT_URL_STS", url),
            new("AWS_ENDPOINT_URL_EKS", url),
        ];
    }
}
