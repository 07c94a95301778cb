using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Workflow;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// The one handler every workflow stage shares: read the typed input, one call into the Workflow stage,
/// write the typed output. Errors pass through untouched so their short type names reach ASL.
/// </summary>
internal sealed class StageHandler<TInput, TOutput>(Func<TInput, CancellationToken, Task<TOutput>> run) : ILambdaHandler
{
    public async Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken) =>
        WorkflowJson.Write(await run(WorkflowJson.Read<TInput>(input), cancellationToken));
}
