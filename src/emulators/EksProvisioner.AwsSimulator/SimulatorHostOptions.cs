namespace EksProvisioner.AwsSimulator;

/// <summary>
/// Options of the standalone simulator, as <c>eksprov simulator</c> takes them:
/// <c>--port N --latency-model FILE --faults FILE --clock virtual|realtime[:FACTOR] --state-dir DIR</c>.
/// </summary>
public sealed record SimulatorHostOptions
{
    /// <summary>The loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>A JSON file overriding <see cref="Contracts.LatencyModel"/> properties (camelCase or PascalCase).</summary>
    public string? LatencyModelFile { get; init; }

    /// <summary>A JSON file of fault rules (<see cref="Faults.FaultRules"/>).</summary>
    public string? FaultsFile { get; init; }

    /// <summary>The clock mode.</summary>
    public ClockMode Clock { get; init; } = ClockMode.Virtual;

    /// <summary>Where the account is persisted; null keeps it in memory.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>
    /// Extra services such as the Step Functions API (<see cref="States.StepFunctionsService.Create"/>),
    /// built on the account's clock.
    /// </summary>
    public IReadOnlyList<Func<SimulatorServiceContext, Contracts.ISimulatedService>> Services { get; init; } = [];

    /// <summary>
    /// The wall clock the realtime mode follows. The CLI's composition root passes
    /// <see cref="TimeProvider.System"/>; tests may pass a fake.
    /// </summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
