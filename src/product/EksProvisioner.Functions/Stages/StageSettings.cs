using EksProvisioner.Core.Naming;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// The stack's parameters that every workflow stage obeys, from the function's environment (the template
/// sets them from NamePrefix and PermissionsBoundaryArn). Local mode uses <see cref="Default"/>.
/// </summary>
/// <param name="NamePrefix">The first word of every name the stages make (<see cref="NameScope"/>).</param>
/// <param name="PermissionsBoundaryArn">Put on every role the stages create; null for none.</param>
public sealed record StageSettings(string NamePrefix, string? PermissionsBoundaryArn)
{
    public const string NamePrefixVariable = "EKSPROV_NAME_PREFIX";
    public const string PermissionsBoundaryVariable = "EKSPROV_PERMISSIONS_BOUNDARY_ARN";

    /// <summary>The default prefix and no boundary, as a stack deployed with the defaults.</summary>
    public static StageSettings Default { get; } = new(NameScope.DefaultPrefix, null);

    /// <summary>The settings in <paramref name="environment"/>; an unset or empty variable takes its default.</summary>
    /// <exception cref="InvalidOperationException">The prefix is set but not a valid one (fails Lambda's init phase).</exception>
    public static StageSettings FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var prefix = environment(NamePrefixVariable) is { Length: > 0 } set ? set : NameScope.DefaultPrefix;
        if (!NameScope.IsValidPrefix(prefix))
        {
            throw new InvalidOperationException(
                $"{NamePrefixVariable} '{prefix}' is not a name prefix (1-{NameScope.MaxPrefixLength} lowercase letters or digits, starting with a letter).");
        }

        return new StageSettings(prefix, environment(PermissionsBoundaryVariable) is { Length: > 0 } boundary ? boundary : null);
    }
}
