using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// Reads a POST /environments body: our request contract with a ticket, or a Jira webhook mapped by
/// <see cref="JiraMapping"/>. Both are validated by <see cref="EnvironmentRequests.Validate(JsonNode, string, Guardrails)"/> for the
/// stack's region and guardrails, so the webhook reports the same messages as the CLI, every problem at once.
/// </summary>
internal static class ProvisionRequestReader
{
    public const string TicketRequired =
        "$.ticket: required by the webhook; give {\"system\": \"jira\", \"key\": \"OPS-123\"} so that a request delivered twice starts one execution";

    public static ProvisionRequest Read(string text, JiraMapping jira, string stackRegion, Guardrails? guardrails = null)
    {
        guardrails ??= Guardrails.Default;
        // Parsed once, as the contract reads text; what is not JSON is reported with the parser's message.
        if (!EnvironmentRequests.TryParseJson(text, out var root, out var notJson))
        {
            return new ProvisionRequest(null, null, notJson.Problems);
        }

        return root is JsonObject o && JiraMapping.IsJira(o) ? ReadJira(o, jira, stackRegion, guardrails) : ReadContract(root, stackRegion, guardrails);
    }

    private static ProvisionRequest ReadContract(JsonNode? root, string stackRegion, Guardrails guardrails)
    {
        var validation = EnvironmentRequests.Validate(root, stackRegion, guardrails);
        var problems = validation.Problems.ToList();
        if (root is JsonObject o && o["ticket"] is null)
        {
            problems.Add(TicketRequired);
        }

        return problems.Count == 0 ? Valid(validation.Request!) : new ProvisionRequest(null, null, problems);
    }

    private static ProvisionRequest ReadJira(JsonObject root, JiraMapping jira, string stackRegion, Guardrails guardrails)
    {
        var doc = jira.Map(root);
        var problems = doc.Problems.ToList();
        if (doc.Request is null)
        {
            return new ProvisionRequest(null, null, problems);
        }

        var validation = EnvironmentRequests.Validate(doc.Request, stackRegion, guardrails);
        problems.AddRange(validation.Problems.Select(doc.Explain));
        return problems.Count == 0 ? Valid(validation.Request!) : new ProvisionRequest(null, null, problems);
    }

    private static ProvisionRequest Valid(EnvironmentRequest request) =>
        new(request, EnvironmentExecutions.ProvisionInput(request), []);
}
