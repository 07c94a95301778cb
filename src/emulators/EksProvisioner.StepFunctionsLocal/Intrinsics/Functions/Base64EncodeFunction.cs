using System.Text;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>States.Base64Encode(string): MIME Base64 of the UTF-8 bytes; "a data string of up to 10,000 characters".</summary>
internal sealed class Base64EncodeFunction : TypedFunction
{
    public const int MaxInputCharacters = 10_000;

    public override string Name => "States.Base64Encode";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.String];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.String(0);
        if (data.Length > MaxInputCharacters)
        {
            throw invocation.Fail($"the input has {data.Length} characters; at most {MaxInputCharacters} are allowed.");
        }

        return JsonValue.Create(Convert.ToBase64String(Encoding.UTF8.GetBytes(data)));
    }
}
