using System.Text.Json.Serialization.Metadata;
using EksProvisioner.Core.Contract;

namespace EksProvisioner.Cli.Output;

/// <summary>Source-generated type infos for the closed sets, so the CLI prints their JSON names.</summary>
internal static class WireTypes
{
    public static JsonTypeInfo<T> For<T>()
        where T : struct, Enum =>
        (JsonTypeInfo<T>)(ContractJson.Default.GetTypeInfo(typeof(T))
            ?? throw new InvalidOperationException($"{typeof(T).Name} is not part of the contract's JSON context."));
}
