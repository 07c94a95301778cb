using System.CommandLine;
using System.Text.Json.Nodes;
using Amazon.SecurityToken.Model;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Local;
using EksProvisioner.Workflow.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>A deployed stack as a backend: its two state machines, found by name or given, in one account and region.</summary>
internal sealed class AwsBackend : IEnvironmentBackend
{
    /// <summary>How often a running execution is looked at: a provisioning takes 15 minutes or more.</summary>
    public static readonly TimeSpan LookInterval = TimeSpan.FromSeconds(5);

    private readonly AwsClientFactory _factory;
    private readonly TimeProvider _time;

    private AwsBackend(AwsClientFactory factory, IStepFunctionsClient client, StateMachines machines, TimeProvider time, EnvironmentRecords files)
    {
        _factory = factory;
        _time = time;
        Client = client;
        Executions = new EnvironmentExecutions(client, machines);
        Files = files;
    }

    public IStepFunctionsClient Client { get; }

    public EnvironmentExecutions Executions { get; }

    public bool Simulated => false;

    public DateTimeOffset Now => _time.GetUtcNow();

    public string Region => _factory.Region;

    public EnvironmentRecords Files { get; }

    public bool KeepsRecords => false;

    public bool ExecutionsOutliveProcess => true;

    /// <summary>
    /// Resolves region and credentials, finds the state machines, and answers the backend; null after
    /// telling stderr what is missing (exit 2).
    /// </summary>
    public static async Task<AwsBackend?> OpenAsync(
        CliContext context, ParseResult parse, AwsCommandOptions options, string? regionFallback, MachineRole role, string stateDirectory, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        ArgumentNullException.ThrowIfNull(options);
        var clientOptions = AwsChains.Resolve(parse.GetValue(options.Profile), parse.GetValue(options.Region), regionFallback, context.Environment, out var problem);
        if (clientOptions is null)
        {
            await context.Stderr.WriteLineAsync("eksprov: " + problem);
            return null;
        }

#pragma warning disable CA5394 // Retry jitter only, never security; the CLI is the composition root that owns real randomness.
        var factory = new AwsClientFactory(clientOptions, context.Time, () => Random.Shared.NextDouble());
#pragma warning restore CA5394
        var client = factory.CreateStepFunctions();
        StateMachines? machines;
        try
        {
            machines = await FindMachinesAsync(context, factory, client, parse.GetValue(options.Stack)!, parse.GetValue(options.StateMachine), role, cancellationToken);
        }
        catch (Exception)
        {
            // Not handled here (the caller reports AWS failures); only the factory's connections are released.
            factory.Dispose();
            throw;
        }

        if (machines is null)
        {
            factory.Dispose();
            return null;
        }

        return new AwsBackend(factory, client, machines, context.Time, new EnvironmentRecords(stateDirectory));
    }

    public Task PauseAsync(string executionArn, CancellationToken cancellationToken) =>
        Task.Delay(LookInterval, _time, cancellationToken);

    /// <summary>The CLI does not inventory an AWS account; the teardown's own verification says what is left.</summary>
    public Task<IReadOnlyList<JsonNode>?> TaggedResourcesAsync(string environment, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlyList<JsonNode>?>(null);

    public ValueTask DisposeAsync()
    {
        _factory.Dispose();
        return ValueTask.CompletedTask;
    }

    private static async Task<StateMachines?> FindMachinesAsync(
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
