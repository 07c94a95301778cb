using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.AwsSimulator.Contracts;

namespace EksProvisioner.AwsSimulator;

/// <summary>
/// Plugs a JSON 1.0 API (X-Amz-Target: Prefix.Operation) into the simulator, such as the local
/// Step Functions engine's API: the handler gets the operation name and the raw JSON body and
/// returns the status and JSON body it answers with (errors already in the {"__type", "message"} shape).
/// </summary>
public sealed class JsonTargetService(string signingName, Func<string, string, (int Status, string Body)> handler) : ISimulatedService
{
    /// <inheritdoc />
    public string SigningName => signingName;

    /// <summary>Lists the live resources (state machines, executions); none when not set.</summary>
    public Func<IEnumerable<SimulatedResource>>? ListResources { get; init; }

    /// <summary>Persists the API's state; nothing is persisted when not set.</summary>
    public Func<JsonNode>? Save { get; init; }

    /// <summary>Restores what <see cref="Save"/> produced.</summary>
    public Action<JsonNode>? Load { get; init; }

    /// <summary>Forgets everything (<c>POST /_simulator/reset</c>).</summary>
    public Action? ResetState { get; init; }

    /// <inheritdoc />
    public SimulatedResponse Handle(SimulatedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var target = request.Headers.GetValueOrDefault("X-Amz-Target") ?? string.Empty;
        var operation = target[(target.LastIndexOf('.') + 1)..];
        var (status, body) = handler(operation, Encoding.UTF8.GetString(request.Body));
        return new SimulatedResponse(status, "application/x-amz-json-1.0", body, new Dictionary<string, string> { ["x-amzn-RequestId"] = request.RequestId });
    }

    /// <inheritdoc />
    public IEnumerable<SimulatedResource> Resources() => ListResources?.Invoke() ?? [];

    /// <inheritdoc />
    public JsonNode SaveState() => Save?.Invoke() ?? new JsonObject();

    /// <inheritdoc />
    public void LoadState(JsonNode state) => Load?.Invoke(state);

    /// <inheritdoc />
    public void Reset() => ResetState?.Invoke();
}
