using System.Text.Json.Serialization;

namespace EksProvisioner.Core.Contract;

/// <summary>
/// EKS cluster authentication mode. CONFIG_MAP alone is not offered: admin access is granted
/// through access entries, which need the API mode.
/// </summary>
[JsonConverter(typeof(JsonStringEnumConverter<AuthenticationMode>))]
public enum AuthenticationMode
{
    [JsonStringEnumMemberName("API")]
    Api,

    [JsonStringEnumMemberName("API_AND_CONFIG_MAP")]
    ApiAndConfigMap,
}
