using System.Text.Json.Nodes;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Workflow;

namespace EksProvisioner.Functions.Stages;

/// <summary>
/// The shape every stage handler shares: read the typed input, one call into the Workflow stage,
/// write the typed output. Errors pass through untouched so their short type names reach ASL.
/// </summary>
public abstract class StageHandler<TInput, TOutput> : ILambdaHandler
{
    public async Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken) =>
        WorkflowJson.Write(await RunAsync(WorkflowJson.Read<TInput>(input), cancellationToken));

    /// <summary>The one call into the stage.</summary>
    protected abstract Task<TOutput> RunAsync(TInput input, CancellationToken cancellationToken);
}
