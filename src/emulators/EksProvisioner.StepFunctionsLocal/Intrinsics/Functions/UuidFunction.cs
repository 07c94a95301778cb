using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.UUID(): a version 4 UUID "generated using random numbers", drawn from the context's injected
/// randomizer so that tests can pin it.
/// </summary>
internal sealed class UuidFunction : IntrinsicFunction
{
    public override string Name => "States.UUID";

    public override int MinArguments => 0;

    public override JsonNode? Invoke(IntrinsicInvocation invocation) => JsonValue.Create(NewUuid(invocation.Context.Random));

    /// <summary>A version 4 UUID from <paramref name="random"/> (JSONata's <c>$uuid()</c> makes its own the same way).</summary>
    public static string NewUuid(Randomizer random)
    {
        var bytes = new byte[16];
        for (var i = 0; i < bytes.Length; i++)
        {
            bytes[i] = (byte)Math.Clamp((int)(random() * 256), 0, 255);
        }

        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x40); // version 4
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80); // RFC 4122 variant
        var hex = Convert.ToHexStringLower(bytes);
        return $"{hex[..8]}-{hex[8..12]}-{hex[12..16]}-{hex[16..20]}-{hex[20..]}";
    }
}
