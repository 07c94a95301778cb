using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal.Api;

/// <summary>
/// The Step Functions API (AWS JSON 1.0) over a <see cref="StepFunctionsEngine"/>: the operation comes from
/// <c>X-Amz-Target: AWSStepFunctions.{Operation}</c>; errors answer HTTP 400 with <c>{"__type", "message"}</c>.
/// Timestamps are epoch seconds, as the JSON 1.0 protocol serializes them.
/// </summary>
public sealed partial class StepFunctionsApi(StepFunctionsEngine engine)
{
    /// <summary>Handles one request; answers the HTTP status code and the JSON body.</summary>
    public (int StatusCode, string Body) Handle(string operation, string jsonBody)
    {
        ArgumentNullException.ThrowIfNull(operation);
        try
        {
            var request = string.IsNullOrWhiteSpace(jsonBody) ? [] : JsonNode.Parse(jsonBody) as JsonObject
                ?? throw new StepFunctionsApiException("SerializationException", "The request body must be a JSON object.");
            JsonObject response = operation switch
            {
                "CreateStateMachine" => CreateStateMachine(request),
                "UpdateStateMachine" => UpdateStateMachine(request),
                "DescribeStateMachine" => DescribeStateMachine(request),
                "ListStateMachines" => ListStateMachines(request),
                "DeleteStateMachine" => DeleteStateMachine(request),
                "StartExecution" => StartExecution(request),
                "DescribeExecution" => DescribeExecution(request),
                "StopExecution" => StopExecution(request),
                "ListExecutions" => ListExecutions(request),
                "GetExecutionHistory" => GetExecutionHistory(request),
                _ => throw new StepFunctionsApiException("UnknownOperationException", $"Operation {operation} is not supported by the local engine."),
            };
            return (200, response.ToJsonString());
        }
        catch (StepFunctionsApiException e)
        {
            return (400, new JsonObject { ["__type"] = e.ErrorType, ["message"] = e.Message }.ToJsonString());
        }
        catch (JsonException e)
        {
            return (400, new JsonObject { ["__type"] = "SerializationException", ["message"] = e.Message }.ToJsonString());
        }
    }

    private static string Required(JsonObject request, string field) =>
        request[field] is JsonValue v && v.TryGetValue<string>(out var s) && s.Length > 0
            ? s
            : throw new StepFunctionsApiException("ValidationException", $"1 validation error detected: Value null at '{field}' failed to satisfy constraint: Member must not be null");

    private static string? Optional(JsonObject request, string field) =>
        request[field] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;

    private static double Epoch(DateTimeOffset value) => Timestamps.Epoch(value);

    /// <summary>Pages over <paramref name="items"/>: nextToken is the opaque offset of the next page.</summary>
    private static (List<T> Page, string? NextToken) Paginate<T>(IReadOnlyList<T> items, JsonObject request, int defaultSize)
    {
        var max = request["maxResults"] is JsonValue m && m.TryGetValue<int>(out var n) && n > 0 ? Math.Min(n, 1000) : defaultSize;
        var offset = 0;
        if (Optional(request, "nextToken") is { } token)
        {
            try
            {
                offset = BitConverter.ToInt32(Convert.FromBase64String(token));
            }
            catch (FormatException)
            {
                throw new StepFunctionsApiException("InvalidToken", "Invalid Token: the nextToken is not one this service issued.");
            }
        }

        var page = items.Skip(offset).Take(max).ToList();
        var next = offset + page.Count < items.Count ? Convert.ToBase64String(BitConverter.GetBytes(offset + page.Count)) : null;
        return (page, next);
    }
}
