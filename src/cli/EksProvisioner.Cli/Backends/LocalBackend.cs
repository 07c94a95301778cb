using System.Text.Json.Nodes;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Time;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// The local account as a backend: its simulator serves the Step Functions API at its endpoint, so the
/// CLI talks to it with the same client it uses for AWS.
/// </summary>
internal sealed class LocalBackend : IEnvironmentBackend
{
    /// <summary>Wall-clock look interval: a whole local run takes about a second.</summary>
    private static readonly TimeSpan LookInterval = TimeSpan.FromMilliseconds(50);

    private readonly AwsClientFactory _factory;
    private readonly TimeProvider _wall;

    private LocalBackend(LocalAccount account, AwsClientFactory factory, TimeProvider wall, EnvironmentRecords files)
    {
        _wall = wall;
        Account = account;
        _factory = factory;
        Client = factory.CreateStepFunctions();
        Executions = new EnvironmentExecutions(Client, account.Machines);
        Files = files;
    }

    public LocalAccount Account { get; }

    public IStepFunctionsClient Client { get; }

    public EnvironmentExecutions Executions { get; }

    public bool Simulated => true;

    public DateTimeOffset Now => Account.Clock.GetUtcNow();

    public string Region => Account.Options.Region;

    public EnvironmentRecords Files { get; }

    public bool KeepsRecords => true;

    public bool ExecutionsOutliveProcess => false;

    /// <summary>Opens the account; <paramref name="wall"/> is the CLI's clock, which the client's retry backoff and the look interval run on (not the account's virtual clock).</summary>
    public static async Task<LocalBackend> StartAsync(LocalAccountOptions options, TimeProvider wall, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(wall);
        var account = await LocalAccount.StartAsync(options, cancellationToken);
        var factory = new AwsClientFactory(
            account.ClientOptions with { Retry = CliRetry.StepFunctions },
            wall,
            Randomizers.Seeded(options.Seed + 2));
        return new LocalBackend(account, factory, wall, account.Records ?? new EnvironmentRecords(LocalAccountOptions.DefaultStateDirectory));
    }

    /// <summary>
    /// From the state directory's record of the last up or down: this process's engine has no executions
    /// of earlier runs. The phase comes from the same rule the deployed triggers use.
    /// </summary>
    public Task<EnvironmentStatus?> BlockingAsync(string environment, string executionName, CancellationToken cancellationToken)
    {
        if (Files.Load(environment) is not { } record)
        {
            return Task.FromResult<EnvironmentStatus?>(null);
        }

        var execution = new ExecutionSummary(record.ExecutionArn, record.ExecutionArn[(record.ExecutionArn.LastIndexOf(':') + 1)..], record.Status, record.StartDate, record.StopDate);
        var status = record.Operation == "down"
            ? EnvironmentExecutions.Status(environment, null, execution)
            : EnvironmentExecutions.Status(environment, execution, null);
        return Task.FromResult(ExistingEnvironment.Blocks(status.Phase) ? status : null);
    }

    public Task<string?> CallerArnAsync(CancellationToken cancellationToken) => CallerIdentity.ArnAsync(_factory, cancellationToken);

    public async Task PauseAsync(string executionArn, CancellationToken cancellationToken)
    {
        // Wakes at once when the engine says the execution ended; otherwise looks again soon for progress.
        // Wall clock: the CLI is the composition root and the engine's virtual clock races ahead on its own.
        var done = Account.Engine.WaitForExecutionAsync(executionArn, cancellationToken);
        await Task.WhenAny(done, Task.Delay(LookInterval, _wall, cancellationToken));
        cancellationToken.ThrowIfCancellationRequested();
    }

    public async Task<IReadOnlyList<JsonNode>?> TaggedResourcesAsync(string environment, CancellationToken cancellationToken) =>
        [.. (await Account.ResourcesAsync(environment, cancellationToken)).Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["id"] = r.Id })];

    public async ValueTask DisposeAsync()
    {
        _factory.Dispose();
        await Account.DisposeAsync();
    }
}
