using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.Triggers.Webhook;

/// <summary>Builds the environment request document from a Jira issue's mapped values.</summary>
internal static class JiraRequest
{
    public static JsonObject Build(string key, string? self, JsonObject? fields, JiraValues values, JiraDocument doc)
    {
        var request = new JsonObject();
        if (values.TryGet(JiraKeyName.Env, out var env))
        {
            Set(request, doc, "name", env.Value, env.Source);
        }
        else
        {
            Set(request, doc, "name", key.ToLowerInvariant(), $"issue key '{key}'; add a label {JiraMapping.LabelPrefix}env:<name> to choose the name");
        }

        if (values.TryGet(JiraKeyName.Region, out var region))
        {
            Set(request, doc, "region", region.Value, region.Source);
        }

        if (values.TryGet(JiraKeyName.K8s, out var version))
        {
            Set(request, doc, "kubernetesVersion", version.Value, version.Source);
        }

        if (values.TryGet(JiraKeyName.Ttl, out var ttl))
        {
            if (Whole(ttl.Value) is { } hours)
            {
                Set(request, doc, "ttlHours", hours, ttl.Source);
            }
            else
            {
                doc.Problem(ttl.Path, $"{ttl.Source}: '{ttl.Value}' is not a whole number of hours");
            }
        }

        if (NodeGroup(values, doc) is { } group)
        {
            request["nodeGroups"] = new JsonArray(group.Node);
            doc.Sources["$.nodeGroups[0]"] = group.Source;
        }

        var owner = JiraMapping.Text(fields?["reporter"]?["emailAddress"]) ?? JiraMapping.Text(fields?["creator"]?["emailAddress"]);
        if (!string.IsNullOrEmpty(owner))
        {
            Set(request, doc, "owner", owner, "the reporter's emailAddress");
        }

        var ticket = new JsonObject { ["system"] = "jira", ["key"] = key };
        if (BrowseUrl(self, key) is { } url)
        {
            ticket["url"] = url;
        }

        Set(request, doc, "ticket", ticket, $"issue key '{key}'");
        return request;
    }

    /// <summary>One node group when a label shapes it (size, instance type, spot); null keeps the request's default group.</summary>
    private static (JsonObject Node, string Source)? NodeGroup(JiraValues values, JiraDocument doc)
    {
        var group = new JsonObject { ["name"] = "default" };
        var sources = new List<string>();
        if (values.TryGet(JiraKeyName.Nodes, out var nodes))
        {
            if (Whole(nodes.Value) is { } count)
            {
                group["desiredSize"] = count;
                sources.Add(nodes.Source);
            }
            else
            {
                doc.Problem(nodes.Path, $"{nodes.Source}: '{nodes.Value}' is not a whole number of nodes");
            }
        }

        if (values.TryGet(JiraKeyName.Instance, out var instance))
        {
            group["instanceTypes"] = new JsonArray(instance.Value);
            sources.Add(instance.Source);
        }

        if (values.TryGet(JiraKeyName.Spot, out var spot))
        {
            switch (spot.Value.ToLowerInvariant())
            {
                case "true" or "yes" or "on":
                    group["capacityType"] = "SPOT";
                    sources.Add(spot.Source);
                    break;
                case "false" or "no" or "off":
                    break;
                default:
                    doc.Problem(spot.Path, $"{spot.Source}: '{spot.Value}' is not true or false");
                    break;
            }
        }

        return sources.Count == 0 ? null : (group, string.Join(", ", sources));
    }

    /// <summary>https://jira.example.com/rest/api/2/issue/10002 -> https://jira.example.com/browse/OPS-123.</summary>
    private static string? BrowseUrl(string? self, string key)
    {
        if (self is null || !Uri.TryCreate(self, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return null;
        }

        var rest = uri.AbsolutePath.IndexOf("/rest/api/", StringComparison.Ordinal);
        var root = uri.GetLeftPart(UriPartial.Authority) + (rest < 0 ? "" : uri.AbsolutePath[..rest]);
        return root + "/browse/" + Uri.EscapeDataString(key);
    }

    private static int? Whole(string text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static void Set(JsonObject request, JiraDocument doc, string field, JsonNode value, string source)
    {
        request[field] = value;
        doc.Sources["$." + field] = source;
    }
}
