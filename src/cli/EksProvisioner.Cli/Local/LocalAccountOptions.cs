using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.Functions.Stages;

namespace EksProvisioner.Cli.Local;

/// <summary>How to start a <see cref="LocalAccount"/>.</summary>
public sealed record LocalAccountOptions
{
    /// <summary>The default state directory, relative to the working directory.</summary>
    public const string DefaultStateDirectory = ".eksprov";

    /// <summary>Where the simulated account and the environment records persist; null keeps everything in memory.</summary>
    public string? StateDirectory { get; init; } = DefaultStateDirectory;

    /// <summary>How the state directory's lock is taken and who it names as its holder.</summary>
    public StateLockOptions Lock { get; init; } = new();

    /// <summary>The region the stage functions' AWS clients use.</summary>
    public string Region { get; init; } = "us-east-1";

    /// <summary>The ceilings the local ValidateRequest stage applies, as a stack's parameters do (the CLI's guardrail flags).</summary>
    public Core.Contract.Guardrails Guardrails { get; init; } = Core.Contract.Guardrails.Default;

    /// <summary>The simulator's fault rules.</summary>
    public FaultRules Faults { get; init; } = FaultRules.None;

    /// <summary>The simulator's durations.</summary>
    public LatencyModel Latency { get; init; } = LatencyModel.Default;

    /// <summary>The simulator's EC2 quotas (raise them to run many environments side by side).</summary>
    public AwsSimulator.Ec2.Ec2Quotas Ec2Quotas { get; init; } = AwsSimulator.Ec2.Ec2Quotas.Default;

    /// <summary>
    /// Runs every stage function twice per invocation and answers the second result, as a Lambda or
    /// Step Functions retry of a call that had in fact succeeded would: for idempotency checks.
    /// </summary>
    public bool InvokeStagesTwice { get; init; }

    /// <summary>The stages registered as in-process functions: the stage table's workflow stages (tests add one).</summary>
    public IReadOnlyList<Stage> Stages { get; init; } = StageTable.Workflow;

    /// <summary>Seed of the engine's jitter and the clients' retry jitter.</summary>
    public int Seed { get; init; } = 1;
}
