using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.StringToJson(string): parses escaped JSON text. A blank string gives null (as LocalStack's
/// parity tests against AWS record); text that is not JSON fails.
/// </summary>
internal sealed class StringToJsonFunction : TypedFunction
{
    public override string Name => "States.StringToJson";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.String];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var text = invocation.String(0);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw new IntrinsicFailureException($"{Name}: the string is not valid JSON: {e.Message}", e);
        }
    }
}
