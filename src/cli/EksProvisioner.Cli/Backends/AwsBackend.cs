using System.CommandLine;
using System.Text.Json.Nodes;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Local;
using EksProvisioner.Triggers.Environments;

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

        var factory = new AwsClientFactory(clientOptions with { Retry = CliRetry.StepFunctions }, context.Time, context.Random);
        var client = factory.CreateStepFunctions();
        StateMachines? machines;
        try
        {
            machines = await StateMachineLookup.FindAsync(context, factory, client, parse.GetValue(options.Stack)!, parse.GetValue(options.StateMachine), role, cancellationToken);
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

    public Task<EnvironmentStatus?> BlockingAsync(string environment, string executionName, CancellationToken cancellationToken) =>
        Executions.BlockingAsync(environment, executionName, cancellationToken);

    public Task<string?> CallerArnAsync(CancellationToken cancellationToken) => CallerIdentity.ArnAsync(_factory, cancellationToken);

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
}
