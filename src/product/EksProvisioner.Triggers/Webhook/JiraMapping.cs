using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>
/// How a Jira issue webhook becomes an environment request (documented in
/// src/product/EksProvisioner.Functions/Webhook/README.md): the issue key is the ticket, labels
/// <c>eksprov-&lt;key&gt;:&lt;value&gt;</c> and optionally mapped custom fields set request fields, the
/// reporter's email is the owner. The summary is free text and never a name.
/// </summary>
public sealed class JiraMapping
{
    /// <summary>Labels this mapping reads start with this; other labels are ignored.</summary>
    public const string LabelPrefix = "eksprov-";

    /// <summary>The events that ask for an environment; any other event is refused with 400.</summary>
    public static readonly IReadOnlyList<string> Events = ["jira:issue_created", "jira:issue_updated"];

    public JiraMapping(IReadOnlyDictionary<string, string> customFields)
    {
        ArgumentNullException.ThrowIfNull(customFields);
        foreach (var (field, key) in customFields)
        {
            if (!field.StartsWith("customfield_", StringComparison.Ordinal) || JiraKey.Parse(key) is null)
            {
                throw new FormatException($"'{field}={key}' is not a custom field mapping; use customfield_<id>=<{string.Join("|", JiraKey.Names)}>.");
            }
        }

        CustomFields = customFields;
    }

    /// <summary>Labels only, no custom fields.</summary>
    public static JiraMapping Default { get; } = new(new Dictionary<string, string>());

    /// <summary>Custom field id (customfield_10100) -> the label key it stands for (env, ttl, ...).</summary>
    public IReadOnlyDictionary<string, string> CustomFields { get; }

    /// <summary>
    /// A mapping from a setting such as <c>customfield_10100=env,customfield_10101=ttl</c> (the
    /// EKSPROV_JIRA_CUSTOM_FIELDS variable); null or empty means labels only.
    /// </summary>
    /// <exception cref="FormatException">An entry is not <c>customfield_&lt;id&gt;=&lt;key&gt;</c>.</exception>
    public static JiraMapping Parse(string? setting)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in (setting ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = entry.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0 || !fields.TryAdd(entry[..eq].Trim(), entry[(eq + 1)..].Trim()))
            {
                throw new FormatException($"'{entry}' is not a custom field mapping; use customfield_<id>=<{string.Join("|", JiraKey.Names)}>, each field once.");
            }
        }

        return fields.Count == 0 ? Default : new JiraMapping(fields);
    }

    /// <summary>True when <paramref name="root"/> looks like a Jira webhook rather than our request contract.</summary>
    internal static bool IsJira(JsonObject root) => root.ContainsKey("webhookEvent") || root.ContainsKey("issue");

    /// <summary>The request document for <paramref name="root"/> (null when there is no issue to map) and the Jira-side problems.</summary>
    internal JiraDocument Map(JsonObject root)
    {
        var doc = new JiraDocument();
        var webhookEvent = Text(root["webhookEvent"]);
        if (webhookEvent is null || !Events.Contains(webhookEvent, StringComparer.Ordinal))
        {
            doc.Problem("$.webhookEvent", $"'{webhookEvent}' is not handled; send {string.Join(" or ", Events)}");
        }

        if (root["issue"] is not JsonObject issue)
        {
            doc.Problem("$.issue", "required; the Jira issue the environment is for");
            return doc;
        }

        if (Text(issue["key"]) is not { Length: > 0 } key)
        {
            doc.Problem("$.issue.key", "required; the issue key, such as OPS-123");
            return doc;
        }

        var fields = issue["fields"] as JsonObject;
        var values = new JiraValues(doc);
        ReadLabels(fields?["labels"] as JsonArray, values, doc);
        foreach (var (field, name) in CustomFields)
        {
            if (Text(fields?[field]) is { Length: > 0 } value)
            {
                values.Add(JiraKey.Parse(name)!.Value, value, $"$.issue.fields.{field}", $"field {field} '{value}'");
            }
        }

        doc.Request = JiraRequest.Build(key, Text(issue["self"]), fields, values, doc);
        return doc;
    }

    private static void ReadLabels(JsonArray? labels, JiraValues values, JiraDocument doc)
    {
        for (var i = 0; labels is not null && i < labels.Count; i++)
        {
            var path = $"$.issue.fields.labels[{i}]";
            if (Text(labels[i]) is not { } label || !label.StartsWith(LabelPrefix, StringComparison.Ordinal))
            {
                continue;
            }

            var colon = label.IndexOf(':', StringComparison.Ordinal);
            var name = colon < 0 ? label[LabelPrefix.Length..] : label[LabelPrefix.Length..colon];
            if (JiraKey.Parse(name) is not { } known)
            {
                doc.Problem(path, $"'{label}' is not an eksprov label; use {string.Join(", ", JiraKey.Names.Select(n => LabelPrefix + n + (n == "spot" ? "" : ":<value>")))}");
            }
            else if (colon < 0 && known != JiraKeyName.Spot)
            {
                doc.Problem(path, $"'{label}' has no value; use {LabelPrefix}{name}:<value>");
            }
            else
            {
                values.Add(known, colon < 0 ? "true" : label[(colon + 1)..], path, $"label '{label}'");
            }
        }
    }

    /// <summary>A string, number or boolean as text; a select list option's <c>value</c>; otherwise null.</summary>
    internal static string? Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        JsonObject o when o["value"] is JsonValue option && option.TryGetValue<string>(out var s) => s,
        _ => null,
    };
}
