using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>The change or support ticket the environment belongs to.</summary>
/// <param name="System">Ticket system, such as jira or servicenow.</param>
/// <param name="Key">Ticket key in that system, such as OPS-1234.</param>
/// <param name="Url">Link to the ticket, or null.</param>
public sealed record TicketSpec(string System, string Key, string? Url)
{
    /// <summary>The eksprov:ticket tag value: <c>system:key</c>.</summary>
    [JsonIgnore]
    public string TagValue => System + ":" + Key;
}
