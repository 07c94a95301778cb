using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Triggers.Events;

/// <summary>The detail of an <see cref="EventDetailTypes.EnvironmentTeardownRequested"/> event: the teardown contract.</summary>
/// <param name="Region">Null: the function's own region.</param>
internal sealed record TeardownDetail(string EnvironmentName, string? Region)
{
    private static readonly string[] Fields = ["environmentName", "region"];

    /// <summary>The detail, or null with every problem added to <paramref name="problems"/>.</summary>
    public static TeardownDetail? Read(JsonObject detail, List<string> problems)
    {
        var before = problems.Count;
        if (detail["environmentName"] is null)
        {
            problems.Add("$.detail.environmentName: required; the environment to tear down, such as \"dev\"");
        }
        else
        {
            // The name and region rules are the request contract's: validate them as a request's, same messages.
            var probe = new JsonObject { ["name"] = detail["environmentName"]!.DeepClone() };
            if (detail["region"] is { } region)
            {
                probe["region"] = region.DeepClone();
            }

            problems.AddRange(EnvironmentRequests.Validate(probe).Problems.Select(Rename));
        }

        foreach (var (key, _) in detail.Where(p => !Fields.Contains(p.Key, StringComparer.Ordinal)))
        {
            problems.Add($"$.detail.{key}: unknown; a teardown detail has only environmentName and region");
        }

        return problems.Count == before
            ? new TeardownDetail(detail["environmentName"]!.GetValue<string>(), detail["region"]?.GetValue<string>())
            : null;
    }

    private static string Rename(string problem) =>
        problem.StartsWith("$.name", StringComparison.Ordinal) ? "$.detail.environmentName" + problem["$.name".Length..]
        : problem.StartsWith('$') ? "$.detail" + problem[1..]
        : problem;
}
