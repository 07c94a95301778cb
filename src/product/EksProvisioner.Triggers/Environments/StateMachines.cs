namespace EksProvisioner.Triggers.Environments;

/// <summary>The two deployed state machines an environment's life runs on.</summary>
/// <param name="ProvisionArn">The provision-environment state machine.</param>
/// <param name="TeardownArn">The teardown-environment state machine.</param>
public sealed record StateMachines(string ProvisionArn, string TeardownArn)
{
    /// <summary>
    /// The region the machines (and so the stack's functions) are in, from the provision machine's ARN:
    /// the only region that stack can create environments in.
    /// </summary>
    public string Region => ProvisionArn.Split(':') is { Length: > 3 } parts && parts[3].Length > 0
        ? parts[3]
        : throw new InvalidOperationException($"'{ProvisionArn}' is not a state machine ARN with a region.");

    /// <summary>
    /// The ARN an execution named <paramref name="executionName"/> of <paramref name="stateMachineArn"/>
    /// gets: arn:aws:states:REGION:ACCOUNT:stateMachine:MACHINE becomes ...:execution:MACHINE:NAME.
    /// </summary>
    public static string ExecutionArn(string stateMachineArn, string executionName)
    {
        ArgumentException.ThrowIfNullOrEmpty(stateMachineArn);
        const string marker = ":stateMachine:";
        var at = stateMachineArn.IndexOf(marker, StringComparison.Ordinal);
        if (at < 0)
        {
            throw new ArgumentException($"'{stateMachineArn}' is not a state machine ARN.", nameof(stateMachineArn));
        }

        return stateMachineArn[..at] + ":execution:" + stateMachineArn[(at + marker.Length)..] + ":" + executionName;
    }
}
