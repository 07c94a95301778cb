using System.Text;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.Base64Decode(string): the UTF-8 text encoded by "a Base64 encoded data string of up to 10,000
/// characters". Input that is not Base64, or bytes that are not UTF-8 text, fail.
/// </summary>
internal sealed class Base64DecodeFunction : TypedFunction
{
    public const int MaxInputCharacters = 10_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public override string Name => "States.Base64Decode";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.String];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var data = invocation.String(0);
        if (data.Length > MaxInputCharacters)
        {
            throw invocation.Fail($"the input has {data.Length} characters; at most {MaxInputCharacters} are allowed.");
        }

        byte[] bytes;
        try
        {
            bytes = Convert.FromBase64String(data);
        }
        catch (FormatException e)
        {
            throw new IntrinsicFailureException($"{Name}: the input is not valid Base64.", e);
        }

        try
        {
            return JsonValue.Create(StrictUtf8.GetString(bytes));
        }
        catch (DecoderFallbackException e)
        {
            throw new IntrinsicFailureException($"{Name}: the decoded bytes are not UTF-8 text.", e);
        }
    }
}
