using System.Text.Json;

namespace EksProvisioner.Cli.Local;

/// <summary>camelCase JSON for records on stdout.</summary>
internal static class LocalJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web);
}
