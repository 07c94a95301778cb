namespace EksProvisioner.Cli.Backends;

/// <summary>
/// How the deployed state machines are named: serverless.template calls them
/// <c>STACK-provision-environment</c> and <c>STACK-teardown-environment</c>, and the local account names
/// its own as a stack called <see cref="DefaultStack"/> would, so both look alike.
/// </summary>
internal static class MachineNames
{
    public const string DefaultStack = "eksprov";
    private const string ProvisionSuffix = "-provision-environment";
    private const string TeardownSuffix = "-teardown-environment";

    public static string Provision(string stack) => stack + ProvisionSuffix;

    public static string Teardown(string stack) => stack + TeardownSuffix;

    /// <summary>
    /// The provision and teardown machine of the stack <paramref name="nameOrArn"/> belongs to (names stay
    /// names, ARNs stay ARNs), or null when it does not end with either suffix.
    /// </summary>
    public static (string Provision, string Teardown)? Pair(string nameOrArn)
    {
        ArgumentException.ThrowIfNullOrEmpty(nameOrArn);
        if (nameOrArn.EndsWith(ProvisionSuffix, StringComparison.Ordinal))
        {
            return (nameOrArn, nameOrArn[..^ProvisionSuffix.Length] + TeardownSuffix);
        }

        return nameOrArn.EndsWith(TeardownSuffix, StringComparison.Ordinal)
            ? (nameOrArn[..^TeardownSuffix.Length] + ProvisionSuffix, nameOrArn)
            : null;
    }

    /// <summary>The name part of a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME), or the name itself.</summary>
    public static string NameOf(string nameOrArn) =>
        IsArn(nameOrArn) ? nameOrArn[(nameOrArn.LastIndexOf(':') + 1)..] : nameOrArn;

    public static bool IsArn(string nameOrArn) => nameOrArn.StartsWith("arn:", StringComparison.Ordinal);
}
