using System.Text.Json.Nodes;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

/// <summary>Reads answer bodies in assertions.</summary>
internal static class Answers
{
    public static JsonNode Json(this WebhookResponse response) => JsonNode.Parse(response.Body)!;

    public static string Text(this WebhookResponse response, string field) => response.Json()[field]!.GetValue<string>();

    public static IReadOnlyList<string> Problems(this WebhookResponse response) =>
        [.. response.Json()["problems"]!.AsArray().Select(p => p!.GetValue<string>())];
}
