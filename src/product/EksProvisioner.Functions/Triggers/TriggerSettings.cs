using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Functions.Triggers;

/// <summary>
/// The environment variables the trigger functions (webhook, reaper, events) read: which state machines they
/// start. The template sets them; a missing one is an init error naming the variable.
/// </summary>
public static class TriggerSettings
{
    public const string ProvisionStateMachineVariable = "EKSPROV_PROVISION_STATE_MACHINE_ARN";
    public const string TeardownStateMachineVariable = "EKSPROV_TEARDOWN_STATE_MACHINE_ARN";

    /// <summary>Both state machine ARNs from <paramref name="environment"/>.</summary>
    /// <exception cref="InvalidOperationException">A variable is missing or is not a state machine ARN.</exception>
    public static StateMachines FromEnvironment(Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        return new StateMachines(Read(environment, ProvisionStateMachineVariable), Read(environment, TeardownStateMachineVariable));
    }

    private static string Read(Func<string, string?> environment, string variable)
    {
        var value = environment(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new InvalidOperationException($"{variable} is not set: the function needs the state machine ARN (the template sets it).");
        }

        if (!value.StartsWith("arn:", StringComparison.Ordinal) || !value.Contains(":stateMachine:", StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"{variable} is '{value}', not a state machine ARN (arn:aws:states:REGION:ACCOUNT:stateMachine:NAME).");
        }

        return value;
    }
}
