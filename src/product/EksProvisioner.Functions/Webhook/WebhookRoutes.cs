using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Webhook;

/// <summary>
/// The HTTP routes of the environments API, as the template's HTTP API declares them:
/// <c>POST /environments</c>, <c>GET|DELETE /environments/{name}</c>.
/// </summary>
internal static class WebhookRoutes
{
    private const string Collection = "/environments";
    private static readonly string[] CollectionMethods = ["POST"];
    private static readonly string[] ItemMethods = ["GET", "DELETE"];

    /// <summary>The action of <paramref name="method"/> on <paramref name="path"/>, or the 404 or 405 answer.</summary>
    public static (WebhookAction Action, string? Name, WebhookResponse? Refusal) Match(string method, string path)
    {
        if (!TryRoute(path, out var name))
        {
            return (default, null, WebhookAnswers.Message(404, "not found"));
        }

        var methods = name is null ? CollectionMethods : ItemMethods;
        if (!methods.Contains(method, StringComparer.Ordinal))
        {
            var allow = string.Join(", ", methods);
            return (default, null, WebhookAnswers.Message(405, $"{method} is not allowed here; use {allow}", ("allow", allow)));
        }

        var action = name is null ? WebhookAction.Provision : method == "GET" ? WebhookAction.Describe : WebhookAction.Teardown;
        return (action, name, null);
    }

    /// <summary>True for /environments (<paramref name="name"/> null) and /environments/{name}.</summary>
    private static bool TryRoute(string path, out string? name)
    {
        name = null;
        var trimmed = path.Length > 1 ? path.TrimEnd('/') : path;
        if (trimmed == Collection)
        {
            return true;
        }

        if (!trimmed.StartsWith(Collection + "/", StringComparison.Ordinal))
        {
            return false;
        }

        name = Uri.UnescapeDataString(trimmed[(Collection.Length + 1)..]);
        return name.Length > 0 && !name.Contains('/', StringComparison.Ordinal);
    }
}
