namespace EksProvisioner.Core.Contract;

/// <summary>
/// The Kubernetes versions EksProvisioner creates clusters with. The one place to change when EKS
/// adds or retires a version.
/// </summary>
public static class KubernetesVersions
{
    /// <summary>Oldest first.</summary>
    public static IReadOnlyList<string> Supported { get; } = ["1.31", "1.32", "1.33", "1.34"];

    /// <summary>The newest supported version.</summary>
    public static string Default => Supported[^1];

    /// <summary>
    /// True when EKS publishes Amazon Linux 2 node AMIs for <paramref name="version"/> (it stopped at 1.32).
    /// </summary>
    public static bool HasAmazonLinux2Amis(string version) =>
        Version.TryParse(version, out var parsed) && parsed < new Version(1, 33);
}
