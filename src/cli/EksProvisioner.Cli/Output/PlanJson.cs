using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Cli.Output;

/// <summary>
/// The machine-readable plan: exactly one JSON object
/// <c>{"request": {...}, "resources": [{"type","name","dependsOn","tags"}], "estimate": {"minutes","hourlyCostUsd",...},
/// "guardrails": {"withinLimits","nodes","maxNodes","maxHourlyCostUsd","hourlyCostLimitUsd","allowedInstanceFamilies","problems"}}</c>.
/// </summary>
internal static class PlanJson
{
    // Relaxed escaping: the output is for terminals and files, not HTML, so keep + and @ readable.
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Render(EnvironmentRequest request, ResourcePlan plan, GuardrailVerdict verdict)
    {
        var resources = new JsonArray();
        foreach (var resource in plan.Resources)
        {
            resources.Add(JsonSerializer.SerializeToNode(resource, ContractJson.Default.PlannedResource));
        }

        var document = new JsonObject
        {
            ["request"] = EnvironmentRequests.ToJsonNode(request),
            ["resources"] = resources,
            ["estimate"] = JsonSerializer.SerializeToNode(plan.Estimate, ContractJson.Default.PlanEstimate),
            ["guardrails"] = new JsonObject
            {
                ["withinLimits"] = verdict.WithinLimits,
                ["nodes"] = verdict.Nodes,
                ["maxNodes"] = verdict.Limits.MaxNodes,
                ["maxHourlyCostUsd"] = verdict.MaxHourlyCostUsd,
                ["hourlyCostLimitUsd"] = verdict.Limits.MaxHourlyCostUsd,
                ["allowedInstanceFamilies"] = new JsonArray([.. verdict.Limits.AllowedInstanceFamilies.Select(f => JsonValue.Create(f))]),
                ["problems"] = new JsonArray([.. verdict.Problems.Select(p => JsonValue.Create(p))]),
            },
        };
        return document.ToJsonString(Indented);
    }
}
