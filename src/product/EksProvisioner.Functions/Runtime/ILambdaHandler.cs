using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Runtime;

/// <summary>
/// One stage function. Thin by design: read the input, make one call into Core/Aws, return the output.
/// An exception fails the invocation; its short type name becomes the errorType that ASL Retry/Catch
/// match, so throw the EksProvisionerException subclasses rather than SDK exceptions.
/// </summary>
public interface ILambdaHandler
{
    /// <summary>Handles one invocation; <paramref name="cancellationToken"/> fires at the invocation's deadline or at shutdown.</summary>
    Task<JsonNode?> HandleAsync(JsonNode? input, LambdaInvocationContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Runs once after a SnapStart snapshot is restored, before the first invocation: anything copied
    /// into the snapshot that must be unique per execution environment (random seeds, connections,
    /// credentials) is renewed here.
    /// </summary>
    Task AfterRestoreAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
