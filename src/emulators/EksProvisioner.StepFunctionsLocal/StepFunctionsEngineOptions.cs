using EksProvisioner.StepFunctionsLocal.Lambda;
using EksProvisioner.StepFunctionsLocal.Mocks;

namespace EksProvisioner.StepFunctionsLocal;

/// <summary>Settings of a <see cref="StepFunctionsEngine"/>; the defaults match a fresh simulated account.</summary>
public sealed record StepFunctionsEngineOptions
{
    public string AccountId { get; init; } = "123456789012";

    public string Region { get; init; } = "us-east-1";

    /// <summary>Where task ARNs resolve; a fresh <see cref="LambdaFunctionRegistry"/> when null.</summary>
    public ILambdaFunctionRegistry? Functions { get; init; }

    /// <summary>Mocked task responses, used by executions started with <c>stateMachineArn#TestCase</c>.</summary>
    public MockConfig? MockConfig { get; init; }

    /// <summary>The runaway guard: an execution that makes more state transitions fails with States.Runtime.</summary>
    public int MaxStateTransitions { get; init; } = 25_000;

    /// <summary>The payload limit (256 KiB) beyond which States.DataLimitExceeded is raised.</summary>
    public int MaxPayloadBytes { get; init; } = 256 * 1024;
}
