namespace EksProvisioner.Testing;

/// <summary>
/// Finds the Python-based oracles (moto_server, aws, cfn-lint, botocore's python3). They live in the
/// pyenv-managed Python, whose shims folder a bare environment may not have on PATH, so we look on
/// PATH first and then in <c>$HOME/.pyenv/shims</c>.
/// </summary>
public static class ExternalTools
{
    /// <summary>True when missing oracles must fail tests instead of skipping them (CI, or asked for).</summary>
    public static bool Required =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase)
        || Environment.GetEnvironmentVariable("EKSPROV_REQUIRE_TOOLS") == "1";

    /// <summary>The full path of <paramref name="tool"/>, or null when it is not installed.</summary>
    public static string? Find(string tool)
    {
        var folders = (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .ToList();
        var home = Environment.GetEnvironmentVariable("HOME");
        if (!string.IsNullOrEmpty(home))
        {
            folders.Add(Path.Combine(home, ".pyenv", "shims"));
        }

        foreach (var folder in folders)
        {
            var candidate = Path.Combine(folder, tool);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>
    /// The path of <paramref name="tool"/>; when it is missing, skips the calling test with a reason,
    /// or fails it when <see cref="Required"/> (so CI never skips silently).
    /// </summary>
    public static string Require(string tool)
    {
        var path = Find(tool);
        if (path is not null)
        {
            return path;
        }

        var reason = $"'{tool}' is not installed (looked on PATH and in ~/.pyenv/shims)";
        if (Required)
        {
            throw new InvalidOperationException(reason + "; it is required on CI.");
        }

        Assert.Skip(reason);
        return string.Empty;
    }

    /// <summary>The python3 that has botocore (the pyenv one when present).</summary>
    public static string? PythonWithBotocore()
    {
        var home = Environment.GetEnvironmentVariable("HOME");
        var pyenv = string.IsNullOrEmpty(home) ? null : Path.Combine(home, ".pyenv", "shims", "python3");
        return pyenv is not null && File.Exists(pyenv) ? pyenv : Find("python3");
    }
}
