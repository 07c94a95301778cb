using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>How private subnets reach the internet.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<NatGatewayMode>))]
public enum NatGatewayMode
{
    /// <summary>One NAT gateway in the first public subnet, shared by every zone (cheapest).</summary>
    [JsonStringEnumMemberName("single")]
    Single,

    /// <summary>One NAT gateway per zone (survives a zone outage).</summary>
    [JsonStringEnumMemberName("perAz")]
    PerAz,

    /// <summary>No NAT gateway; private subnets have no route out and nodes use public subnets.</summary>
    [JsonStringEnumMemberName("none")]
    None,
}
