using System.Text.Json;

namespace EksProvisioner.Workflow.Documents;

/// <summary>ValidateRequest's input: the raw request as the execution received it, plus the execution's identity.</summary>
/// <param name="Request">The request document, unvalidated.</param>
/// <param name="ExecutionName">$$.Execution.Name, when run by Step Functions.</param>
/// <param name="StartTime">$$.Execution.StartTime; the environment's creation time (stable across retries).</param>
public sealed record ValidateRequestInput(JsonElement Request, string? ExecutionName, DateTimeOffset? StartTime);
