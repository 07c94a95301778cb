using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Local;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// Where up and down run: the local account in this process or a deployed stack in AWS. Both are reached
/// through the same Step Functions client and <see cref="EnvironmentExecutions"/>; what differs is only
/// what the local account can do besides (see its live resources, keep records between runs) and how
/// long to pause between looks at a running execution.
/// </summary>
internal interface IEnvironmentBackend : IAsyncDisposable
{
    IStepFunctionsClient Client { get; }

    EnvironmentExecutions Executions { get; }

    /// <summary>True on the local account's virtual clock: times are simulated, not what a user waited.</summary>
    bool Simulated { get; }

    /// <summary>The executing side's "now", for execution names.</summary>
    DateTimeOffset Now { get; }

    /// <summary>The region the environments run in.</summary>
    string Region { get; }

    /// <summary>
    /// Where kubeconfigs go and, when <see cref="KeepsRecords"/>, the records that let status, list and
    /// history work after the local engine is gone.
    /// </summary>
    EnvironmentRecords Files { get; }

    bool KeepsRecords { get; }

    /// <summary>True when executions go on without this process (AWS): Ctrl+C then only stops the waiting.</summary>
    bool ExecutionsOutliveProcess { get; }

    /// <summary>
    /// The environment that a new provisioning named <paramref name="executionName"/> must not start over
    /// (<see cref="ExistingEnvironment"/>), or null when it may start.
    /// </summary>
    Task<EnvironmentStatus?> BlockingAsync(string environment, string executionName, CancellationToken cancellationToken);

    /// <summary>Waits before the next look at the running <paramref name="executionArn"/>.</summary>
    Task PauseAsync(string executionArn, CancellationToken cancellationToken);

    /// <summary>Who runs this command (STS GetCallerIdentity's ARN; locally the simulated account's caller).</summary>
    Task<string?> CallerArnAsync(CancellationToken cancellationToken);

    /// <summary>The live resources tagged for <paramref name="environment"/>, or null when this backend cannot list an account's resources.</summary>
    Task<IReadOnlyList<System.Text.Json.Nodes.JsonNode>?> TaggedResourcesAsync(string environment, CancellationToken cancellationToken);
}
