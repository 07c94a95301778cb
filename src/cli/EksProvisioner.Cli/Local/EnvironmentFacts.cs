using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// What <c>status</c> tells about a provisioned environment beyond its run: the endpoint, who has access,
/// the expiry and the cost, read from the recorded <c>up</c> execution (its input is the defaulted request,
/// its output the cluster) and the account's live resources.
/// </summary>
/// <param name="Endpoint">The cluster's API endpoint, null until provisioning succeeded.</param>
/// <param name="Admins">The principals given cluster admin (the request's, with whoever ran up).</param>
/// <param name="ExpiresAt">The <c>eksprov:expires-at</c> value, null without a TTL.</param>
/// <param name="HourlyCostUsd">The plan's estimate, per hour.</param>
/// <param name="Hours">Hours since the environment was created, on the simulated account's clock.</param>
/// <param name="CostSoFarUsd">The hourly cost times <paramref name="Hours"/>.</param>
internal sealed record EnvironmentFacts(
    string? Endpoint,
    IReadOnlyList<string> Admins,
    string? ExpiresAt,
    decimal HourlyCostUsd,
    double Hours,
    decimal CostSoFarUsd)
{
    /// <summary>
    /// The facts of the <c>up</c> that <paramref name="history"/> records, or null when it holds no request.
    /// The local clock restarts with every process, so "now" is never before the run's own end.
    /// </summary>
    public static EnvironmentFacts? From(IReadOnlyList<HistoryEvent>? history, EnvironmentRecord record, DateTimeOffset now, IReadOnlyList<SimulatedResource> live)
    {
        var input = history?.FirstOrDefault(e => e.ExecutionStartedEventDetails?.Input is not null)?.ExecutionStartedEventDetails!.Input;
        if (input is null || EnvironmentRequests.Validate(input).Request is not { } request)
        {
            return null;
        }

        var output = history!.LastOrDefault(e => e.ExecutionSucceededEventDetails?.Output is not null)?.ExecutionSucceededEventDetails!.Output is { } o
            ? JsonNode.Parse(o)
            : null;
        var expires = output?["expiresAt"]?.GetValue<string>()
            ?? live.Select(r => r.Tags.GetValueOrDefault(TagKeys.ExpiresAt)).FirstOrDefault(t => t is not null);
        var createdAt = record.StartDate;
        var until = new[] { now, record.StopDate ?? createdAt }.Max();
        var cost = EnvironmentCost.Of(request, createdAt, until);
        return new EnvironmentFacts(output?["endpoint"]?.GetValue<string>(), request.Access.AdminPrincipalArns, expires, cost.HourlyUsd, Math.Round(cost.Hours, 3), cost.SoFarUsd);
    }

    public string CostLine =>
        string.Create(CultureInfo.InvariantCulture, $"${CostSoFarUsd:0.00} so far ({Hours:0.###} h), ${HourlyCostUsd:0.00##} per hour");

    public JsonObject ToJson() => new()
    {
        ["endpoint"] = Endpoint,
        ["admins"] = new JsonArray([.. Admins.Select(a => (JsonNode)JsonValue.Create(a))]),
        ["expiresAt"] = ExpiresAt,
        ["cost"] = new JsonObject { ["perHourUsd"] = HourlyCostUsd, ["hours"] = Hours, ["soFarUsd"] = CostSoFarUsd },
    };
}
