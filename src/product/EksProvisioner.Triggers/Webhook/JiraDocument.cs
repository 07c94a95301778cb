using System.Text.Json.Nodes;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// What a Jira webhook mapped to: the request document, the problems found in the Jira payload, and
/// where each request field came from (so a validation message can name the label to fix).
/// </summary>
internal sealed class JiraDocument
{
    private readonly List<string> _problems = [];

    public JsonObject? Request { get; set; }

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>Request JSON path (such as $.ttlHours) -> what set it (such as label 'eksprov-ttl:0').</summary>
    public Dictionary<string, string> Sources { get; } = new(StringComparer.Ordinal);

    public void Problem(string path, string message) => _problems.Add(path + ": " + message);

    /// <summary><paramref name="problem"/> (<c>path: message</c>) with the source of its field, when the mapping set it.</summary>
    public string Explain(string problem)
    {
        var colon = problem.IndexOf(": ", StringComparison.Ordinal);
        if (colon < 0)
        {
            return problem;
        }

        var path = problem[..colon];
        var source = Sources
            .Where(s => path == s.Key || path.StartsWith(s.Key + ".", StringComparison.Ordinal) || path.StartsWith(s.Key + "[", StringComparison.Ordinal))
            .OrderByDescending(s => s.Key.Length)
            .Select(s => s.Value)
            .FirstOrDefault();
        return source is null ? problem : $"{path} (from {source}){problem[colon..]}";
    }
}
