using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator;

/// <summary>
/// What a service factory gets to build a simulated service: the account's shared clock, latency
/// model, quotas and account id.
/// </summary>
public sealed record SimulatorServiceContext(TimeProvider Clock, LatencyModel Latency, SimulatorQuotas Quotas, string AccountId);
