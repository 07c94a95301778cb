using EksProvisioner.Core.Naming;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// The stack parameter <c>WebhookDeletableEnvironments</c> (a comma list of environment names): environments
/// the webhook may tear down although no ticket created them.
/// </summary>
public static class DeletableEnvironments
{
    /// <summary>The names in <paramref name="list"/>; empty for null or blank.</summary>
    /// <exception cref="FormatException">An entry is not an environment name.</exception>
    public static IReadOnlySet<string> Parse(string? list)
    {
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in (list ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            // EnvironmentOf accepts exactly the environment names before the separator.
            if (ExecutionNames.EnvironmentOf(entry + "_") != entry)
            {
                throw new FormatException($"'{entry}' is not an environment name (1-40 lowercase letters, digits or hyphens).");
            }

            names.Add(entry);
        }

        return names;
    }
}
