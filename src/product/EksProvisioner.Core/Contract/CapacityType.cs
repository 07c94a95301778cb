using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>EKS managed node group capacity type (EKS wire names).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<CapacityType>))]
public enum CapacityType
{
    [JsonStringEnumMemberName("ON_DEMAND")]
    OnDemand,

    [JsonStringEnumMemberName("SPOT")]
    Spot,
}
