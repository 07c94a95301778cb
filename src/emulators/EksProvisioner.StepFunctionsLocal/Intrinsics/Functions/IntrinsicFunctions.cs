using System.Collections.Frozen;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>The closed set of States.* functions the developer guide documents.</summary>
internal static class IntrinsicFunctions
{
    private static readonly FrozenDictionary<string, IntrinsicFunction> ByName = new IntrinsicFunction[]
    {
        new FormatFunction(),
        new StringToJsonFunction(),
        new JsonToStringFunction(),
        new ArrayFunction(),
        new ArrayPartitionFunction(),
        new ArrayContainsFunction(),
        new ArrayRangeFunction(),
        new ArrayGetItemFunction(),
        new ArrayLengthFunction(),
        new ArrayUniqueFunction(),
        new Base64EncodeFunction(),
        new Base64DecodeFunction(),
        new HashFunction(),
        new JsonMergeFunction(),
        new MathRandomFunction(),
        new MathAddFunction(),
        new StringSplitFunction(),
        new UuidFunction(),
    }.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    public static IEnumerable<string> Names => ByName.Keys;

    public static bool TryGet(string name, out IntrinsicFunction function) => ByName.TryGetValue(name, out function!);
}
