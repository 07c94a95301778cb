using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.JsonToString(value): the value as compact JSON text. Only the characters JSON requires are
/// escaped (no HTML-safe \u003C forms), as a JVM JSON writer produces.
/// </summary>
internal sealed class JsonToStringFunction : TypedFunction
{
    private static readonly JsonSerializerOptions Compact = new()
    {
        WriteIndented = false,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public override string Name => "States.JsonToString";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.Any];

    public override JsonNode? Invoke(IntrinsicInvocation invocation) =>
        JsonValue.Create(invocation.Value(0)?.ToJsonString(Compact) ?? "null");
}
