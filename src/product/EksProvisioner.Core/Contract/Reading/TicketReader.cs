using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract.Rules;

namespace EksProvisioner.Core.Contract.Reading;

/// <summary>Reads <c>ticket</c>: system and key (tagged as eksprov:ticket = system:key), optional URL.</summary>
internal static class TicketReader
{
    public static TicketSpec? Read(JsonNode? node, string path, ProblemList problems)
    {
        if (node is null)
        {
            return null;
        }

        var f = JsonFields.Open(node, path, problems, ["system", "key", "url"]);
        if (f is null)
        {
            return null;
        }

        var system = f.String("system");
        if (system is null)
        {
            problems.Add(f.At("system"), "required; give the ticket system such as jira or servicenow");
        }
        else if (!AwsSyntax.TicketSystem().IsMatch(system))
        {
            problems.Add(f.At("system"), $"'{system}' is not a ticket system name; use 1-32 lowercase letters, digits or hyphens starting with a letter, such as jira");
        }

        var key = f.String("key");
        if (key is null)
        {
            problems.Add(f.At("key"), "required; give the ticket key such as OPS-1234");
        }
        else if (!AwsSyntax.TicketKey().IsMatch(key))
        {
            problems.Add(f.At("key"), $"'{key}' is not a ticket key; use 1-64 letters, digits, '.', '_', '/' or '-' starting with a letter or digit, such as OPS-1234");
        }

        var url = f.String("url");
        if (url is not null && (url.Length > 2048 || !Uri.TryCreate(url, UriKind.Absolute, out var uri)
            || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp)))
        {
            problems.Add(f.At("url"), $"'{url}' is not an http or https URL; give an absolute link such as https://tickets.example.com/OPS-1234");
        }

        return new TicketSpec(system ?? string.Empty, key ?? string.Empty, url);
    }
}
