using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;

namespace EksProvisioner.Functions.Tests.Runtime;

/// <summary>Stands for a stage function: runs the given delegates for invocations and the SnapStart restore hook.</summary>
internal sealed class DelegateHandler(
    Func<JsonNode?, LambdaInvocationContext, CancellationToken, Task<JsonNode?>> handle,
    Func<CancellationToken, Task>? afterRestore = null) : ILambdaHandler
{
    public Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken) =>
        handle(input, context, cancellationToken);

    public Task AfterRestoreAsync(CancellationToken cancellationToken) =>
        afterRestore?.Invoke(cancellationToken) ?? Task.CompletedTask;
}
