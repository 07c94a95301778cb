using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Mocks;

/// <summary>One mocked task outcome: a <see cref="Return"/> value, or a Throw with an error name and cause.</summary>
public sealed record MockedResponse(JsonNode? Return, string? ThrowError, string? ThrowCause)
{
    public bool IsThrow => ThrowError is not null;
}
