using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Lambda;

/// <summary>An in-process Lambda function: takes the event, answers the result (or throws).</summary>
public delegate Task<JsonNode?> LambdaFunction(JsonNode? payload, CancellationToken cancellationToken);
