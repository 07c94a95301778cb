using EksProvisioner.Core.Contract;

namespace EksProvisioner.Workflow.Documents;

/// <summary>CheckNetwork's input.</summary>
public sealed record CheckNetworkInput(EnvironmentInfo Environment, EnvironmentRequest Request, NetworkState Network);
