using System.Collections.Frozen;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.Hash(data, algorithm): lower-case hex digest of the UTF-8 data, "10,000 characters or less",
/// with one of MD5, SHA-1, SHA-256, SHA-384, SHA-512 (exact spelling).
/// </summary>
internal sealed class HashFunction : TypedFunction
{
    public const int MaxInputCharacters = 10_000;

#pragma warning disable CA5350, CA5351 // MD5 and SHA-1 are part of the documented States.Hash contract, not used for security here.
    /// <summary>The algorithms by their documented names; JSONata's <c>$hash</c> takes the same ones.</summary>
    public static readonly FrozenDictionary<string, Func<byte[], byte[]>> Algorithms = new Dictionary<string, Func<byte[], byte[]>>(StringComparer.Ordinal)
    {
        ["MD5"] = MD5.HashData,
        ["SHA-1"] = SHA1.HashData,
        ["SHA-256"] = SHA256.HashData,
        ["SHA-384"] = SHA384.HashData,
        ["SHA-512"] = SHA512.HashData,
    }.ToFrozenDictionary(StringComparer.Ordinal);
#pragma warning restore CA5350, CA5351

    public override string Name => "States.Hash";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.String, ArgumentKind.String];

    public override void ValidateArguments(IReadOnlyList<IntrinsicArgument> arguments, ICollection<string> problems)
    {
        base.ValidateArguments(arguments, problems);
        if (arguments.Count > 1 && LiteralChecks.TryGetLiteral(arguments[1], out var algorithm)
            && algorithm?.GetValueKind() == JsonValueKind.String
            && !Algorithms.ContainsKey(algorithm.GetValue<string>()))
        {
            problems.Add($"{Name}: unknown algorithm '{algorithm.GetValue<string>()}' at position {arguments[1].Position}; expected one of {Known}.");
        }
    }

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.String(0);
        var name = invocation.String(1);
        if (!Algorithms.TryGetValue(name, out var hash))
        {
            throw invocation.Fail($"unknown algorithm '{name}'; expected one of {Known}.");
        }

        if (data.Length > MaxInputCharacters)
        {
            throw invocation.Fail($"the data has {data.Length} characters; at most {MaxInputCharacters} are allowed.");
        }

        return JsonValue.Create(Convert.ToHexStringLower(hash(Encoding.UTF8.GetBytes(data))));
    }

    public static string Known => "MD5, SHA-1, SHA-256, SHA-384, SHA-512";
}
