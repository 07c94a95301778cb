namespace EksProvisioner.Cli.Kube;

/// <summary>
/// The kubeconfig file kubectl reads: <c>--kubeconfig FILE</c>, else the first file of <c>KUBECONFIG</c>
/// (where <c>aws eks update-kubeconfig</c> writes too), else <c>~/.kube/config</c>. Written whole to a
/// temporary file beside it and renamed over it, so kubectl never reads half a file, with mode 0600
/// because it names credentials.
/// </summary>
internal static class KubeconfigFile
{
    /// <summary>The file, or null when neither the option, KUBECONFIG nor a home directory names one.</summary>
    public static string? Locate(string? option, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        if (!string.IsNullOrEmpty(option))
        {
            return Path.GetFullPath(option);
        }

        if (environment("KUBECONFIG")?.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries) is [var first, ..])
        {
            return Path.GetFullPath(first);
        }

        // Only the given environment, never the process's: tests and embedders decide where kubectl's files are.
        var home = environment("HOME") ?? environment("USERPROFILE");
        return string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".kube", "config");
    }

    /// <summary>Merges the environment's entries in; returns the context name used.</summary>
    public static async Task<string> MergeAsync(
        string path, string generated, string environment, string fallbackContext, IReadOnlyList<KeyValuePair<string, string>> execEnv, CancellationToken cancellationToken)
    {
        var (text, context) = KubeconfigDocument.Merge(await ReadAsync(path, cancellationToken), generated, environment, fallbackContext, execEnv);
        await WriteAsync(path, text, cancellationToken);
        return context;
    }

    /// <summary>Removes the entries of the cluster entry <paramref name="clusterEntry"/>; false when there were none.</summary>
    public static async Task<bool> RemoveAsync(string path, string clusterEntry, CancellationToken cancellationToken)
    {
        if (KubeconfigDocument.Remove(await ReadAsync(path, cancellationToken), clusterEntry) is not { } text)
        {
            return false;
        }

        await WriteAsync(path, text, cancellationToken);
        return true;
    }

    public static async Task<string?> ReadAsync(string path, CancellationToken cancellationToken) =>
        File.Exists(path) ? await File.ReadAllTextAsync(path, cancellationToken) : null;

    private static async Task WriteAsync(string path, string text, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temp = $"{path}.{Environment.ProcessId}.eksprov.tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        await using (var stream = new FileStream(temp, options))
        await using (var writer = new StreamWriter(stream))
        {
            await writer.WriteAsync(text.AsMemory(), cancellationToken);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies only to a new file and is masked by the umask: set it outright.
            File.SetUnixFileMode(temp, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temp, path, overwrite: true);
    }
}
