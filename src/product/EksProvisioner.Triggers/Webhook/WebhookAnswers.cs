using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>The JSON answers of the environments API (the front end answers its 404, 405 and 413 with them too).</summary>
public static class WebhookAnswers
{
    // Bodies are application/json, never embedded in HTML: quotes in problem messages stay readable
    // for the people reading them in curl or a ticket comment instead of becoming \u0027.
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static WebhookResponse Json(int status, JsonNode body, params (string Name, string Value)[] headers)
    {
        var all = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["content-type"] = "application/json" };
        foreach (var (name, value) in headers)
        {
            all[name] = value;
        }

        return new WebhookResponse(status, all, body.ToJsonString(Readable));
    }

    public static WebhookResponse Message(int status, string message, params (string Name, string Value)[] headers) =>
        Json(status, new JsonObject { ["message"] = message }, headers);

    public static WebhookResponse Problems(IEnumerable<string> problems) =>
        Json(400, new JsonObject { ["problems"] = new JsonArray([.. problems.Select(p => (JsonNode)p)]) });

    /// <summary>202 for an execution this request started, 200 for one that existed.</summary>
    public static WebhookResponse Execution(bool isNew, string executionArn, string executionName, string status, string statusUrl) =>
        Json(isNew ? 202 : 200, new JsonObject
        {
            ["executionArn"] = executionArn,
            ["executionName"] = executionName,
            ["status"] = status,
            ["statusUrl"] = statusUrl,
        });

    public static WebhookResponse Environment(EnvironmentStatus status, string statusUrl)
    {
        var body = new JsonObject
        {
            ["name"] = status.Name,
            ["phase"] = status.Phase.ToString(),
            ["region"] = status.Region,
            ["provision"] = Summary(status.Provision),
            ["teardown"] = Summary(status.Teardown),
            ["statusUrl"] = statusUrl,
        };
        if (status.Error is not null)
        {
            body["error"] = status.Error;
            body["cause"] = status.Cause;
        }

        // The provisioning output (kubeconfig, resources) is for authenticated callers of a ready environment only.
        if (status.Phase == EnvironmentPhase.Ready && status.Output is { } output)
        {
            body["output"] = ParseOrText(output);
        }

        return Json(200, body);
    }

    private static JsonObject? Summary(ExecutionSummary? execution) => execution is null ? null : new JsonObject
    {
        ["executionArn"] = execution.ExecutionArn,
        ["executionName"] = execution.Name,
        ["status"] = execution.Status,
        ["startDate"] = Time(execution.StartDate),
        ["stopDate"] = execution.StopDate is { } stop ? Time(stop) : null,
    };

    private static string Time(DateTimeOffset at) => at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static JsonNode? ParseOrText(string output)
    {
        try
        {
            return JsonNode.Parse(output);
        }
        catch (System.Text.Json.JsonException)
        {
            // Our outputs are JSON; a hand-started execution's may not be: show it as text.
            return output;
        }
    }
}
