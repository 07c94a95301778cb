using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Runtime;

/// <summary>The built-in <c>echo</c> stage: returns its input, for smoke tests of a deployment.</summary>
public sealed class EchoHandler : ILambdaHandler
{
    /// <summary>The stage name under which Program registers it.</summary>
    public const string StageName = "echo";

    public Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken) =>
        Task.FromResult(input?.DeepClone());
}
