namespace EksProvisioner.Core.Contract.Reading;

/// <summary>The JSON spelling of each closed set (the same names the enums serialize to).</summary>
internal static class WireNames
{
    public static IReadOnlyDictionary<string, NatGatewayMode> NatGateways { get; } = new Dictionary<string, NatGatewayMode>(StringComparer.Ordinal)
    {
        ["single"] = NatGatewayMode.Single,
        ["perAz"] = NatGatewayMode.PerAz,
        ["none"] = NatGatewayMode.None,
    };

    public static IReadOnlyDictionary<string, CapacityType> CapacityTypes { get; } = new Dictionary<string, CapacityType>(StringComparer.Ordinal)
    {
        ["ON_DEMAND"] = CapacityType.OnDemand,
        ["SPOT"] = CapacityType.Spot,
    };

    public static IReadOnlyDictionary<string, TaintEffect> TaintEffects { get; } = new Dictionary<string, TaintEffect>(StringComparer.Ordinal)
    {
        ["NO_SCHEDULE"] = TaintEffect.NoSchedule,
        ["NO_EXECUTE"] = TaintEffect.NoExecute,
        ["PREFER_NO_SCHEDULE"] = TaintEffect.PreferNoSchedule,
    };

    public static IReadOnlyDictionary<string, AuthenticationMode> AuthenticationModes { get; } = new Dictionary<string, AuthenticationMode>(StringComparer.Ordinal)
    {
        ["API"] = AuthenticationMode.Api,
        ["API_AND_CONFIG_MAP"] = AuthenticationMode.ApiAndConfigMap,
    };
}
