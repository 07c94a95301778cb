using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Contracts;

/// <summary>
/// One simulated AWS service (moto's split: the router and wire format around it, state and rules
/// inside it, an error table beside it). Calls are serialized by the account, so implementations
/// need no locking of their own. Time comes only from the account's clock.
/// </summary>
public interface ISimulatedService
{
    /// <summary>The SigV4 signing name this service answers to (ec2, iam, eks, sts, states).</summary>
    string SigningName { get; }

    /// <summary>Answers one request in the service's own wire format, errors included.</summary>
    SimulatedResponse Handle(SimulatedRequest request);

    /// <summary>Every live resource, for inspection and for tests that assert nothing is left behind.</summary>
    IEnumerable<SimulatedResource> Resources();

    /// <summary>The whole state of this service as JSON, for <c>--state-dir</c> persistence.</summary>
    JsonNode SaveState();

    /// <summary>Replaces the state with one produced by <see cref="SaveState"/>.</summary>
    void LoadState(JsonNode state);

    /// <summary>Forgets everything (<c>POST /_simulator/reset</c>).</summary>
    void Reset();
}
