using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>Kubernetes taint effect, spelled as the EKS API spells it.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<TaintEffect>))]
public enum TaintEffect
{
    [JsonStringEnumMemberName("NO_SCHEDULE")]
    NoSchedule,

    [JsonStringEnumMemberName("NO_EXECUTE")]
    NoExecute,

    [JsonStringEnumMemberName("PREFER_NO_SCHEDULE")]
    PreferNoSchedule,
}
