using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator;

/// <summary>Options of an in-process simulated AWS account (<see cref="AwsSimulator.StartAsync"/>).</summary>
public sealed record AwsSimulatorOptions
{
    /// <summary>The loopback port; 0 picks a free one.</summary>
    public int Port { get; init; }

    /// <summary>
    /// The clock the account runs on, shared with the local Step Functions engine. Null: a new
    /// <see cref="StepFunctionsLocal.Time.VirtualClock"/> at <see cref="StepFunctionsLocal.Time.VirtualClock.DefaultStart"/>.
    /// A persisted clock is restored into it only when it is a VirtualClock.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>How long transitions take.</summary>
    public LatencyModel Latency { get; init; } = LatencyModel.Default;

    /// <summary>Service quotas (EKS, IAM).</summary>
    public SimulatorQuotas Quotas { get; init; } = SimulatorQuotas.Default;

    /// <summary>EC2 quotas (VPCs, Elastic IPs, NAT gateways per zone, internet gateways).</summary>
    public Ec2.Ec2Quotas Ec2Quotas { get; init; } = Ec2.Ec2Quotas.Default;

    /// <summary>Fault injection rules active from the start.</summary>
    public FaultRules Faults { get; init; } = FaultRules.None;

    /// <summary>When set, the account is loaded from and saved to this directory.</summary>
    public string? StateDirectory { get; init; }

    /// <summary>The account id every ARN carries.</summary>
    public string AccountId { get; init; } = "123456789012";

    /// <summary>
    /// Extra services (such as the Step Functions API), built once the clock exists. A service with
    /// the signing name of a built-in one replaces it.
    /// </summary>
    public IReadOnlyList<Func<SimulatorServiceContext, ISimulatedService>> Services { get; init; } = [];

    /// <summary>
    /// Whether every cluster's Kubernetes API is served over HTTPS on its persisted loopback port (default);
    /// tests that only talk to the AWS APIs may leave the ports alone.
    /// </summary>
    public bool ServeKubernetes { get; init; } = true;

    /// <summary>Real time, which only paces Kubernetes watches (a client waits in wall time, not virtual time).</summary>
    public TimeProvider WallClock { get; init; } = TimeProvider.System;
}
