using Amazon.SecurityToken.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// Finds a stack's two state machines by name (ListStateMachines), or takes the one --state-machine gives
/// and derives its sibling by <see cref="MachineNames"/>; null after telling stderr what was looked for,
/// where, and how to point eksprov elsewhere.
/// </summary>
internal static class StateMachineLookup
{
    public static async Task<StateMachines?> FindAsync(
        CliContext context, AwsClientFactory factory, IStepFunctionsClient client, string stack, string? given, MachineRole role, CancellationToken cancellationToken)
    {
        (string Provision, string Teardown) wanted;
        if (given is null)
        {
            wanted = (MachineNames.Provision(stack), MachineNames.Teardown(stack));
        }
        else if (MachineNames.Pair(given) is { } pair)
        {
            wanted = pair;
        }
        else if (role == MachineRole.Both)
        {
            await context.Stderr.WriteLineAsync(
                $"eksprov: cannot derive the sibling of state machine '{given}': status, list and history need both machines, " +
                "named STACK-provision-environment and STACK-teardown-environment; pass --stack STACK instead.");
            return null;
        }
        else
        {
            // A machine named outside the rule: it serves its own role; the other slot is not used by up or down.
            wanted = (given, given);
        }

        if (MachineNames.IsArn(wanted.Provision))
        {
            return new StateMachines(wanted.Provision, wanted.Teardown);
        }

        var arns = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var machine in client.ListAllStateMachinesAsync(cancellationToken))
        {
            if (machine is { Name: { } name, StateMachineArn: { } arn })
            {
                arns[name] = arn;
            }
        }

        var missing = new[] { wanted.Provision, wanted.Teardown }.Distinct(StringComparer.Ordinal).Where(n => !arns.ContainsKey(n)).ToList();
        if (missing.Count == 0)
        {
            return new StateMachines(arns[wanted.Provision], arns[wanted.Teardown]);
        }

        var account = await AccountAsync(factory, cancellationToken);
        await context.Stderr.WriteLineAsync(
            $"eksprov: no state machine named {string.Join(" or ", missing.Select(m => $"'{m}'"))} in region {factory.Region} (account {account}). " +
            "Deploy the stack there, or pass --stack NAME (machines STACK-provision-environment, STACK-teardown-environment) or --state-machine NAME|ARN.");
        return null;
    }

    private static async Task<string> AccountAsync(AwsClientFactory factory, CancellationToken cancellationToken)
    {
        using var sts = factory.CreateSts();
        try
        {
            return (await sts.GetCallerIdentityAsync(new GetCallerIdentityRequest(), cancellationToken)).Account ?? "unknown";
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            // Only for the message: the missing machine is the error to report, not this.
            return "unknown";
        }
    }
}
