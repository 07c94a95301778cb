using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Display;

/// <summary>A resource as people read it in every list: type, id and, when it has one, its name as plan shows it.</summary>
internal static class ResourceText
{
    public static string Describe(JsonNode resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return $"{resource["type"]?.GetValue<string>()} {resource["id"]?.GetValue<string>()}" +
            (resource["name"]?.GetValue<string>() is { } name ? $" ({name})" : "");
    }
}
