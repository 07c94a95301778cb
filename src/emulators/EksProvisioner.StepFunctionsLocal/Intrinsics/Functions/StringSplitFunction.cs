using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Functions;

/// <summary>
/// States.StringSplit(string, delimiters): every character of the second argument is a delimiter
/// (the guide splits "This.is+a,test=string" on ".+,=" into five words). Empty pieces are dropped, as
/// LocalStack's AWS-recorded tests show.
/// </summary>
internal sealed class StringSplitFunction : TypedFunction
{
    public override string Name => "States.StringSplit";

    protected override IReadOnlyList<ArgumentKind> Kinds { get; } = [ArgumentKind.String, ArgumentKind.String];

    public override JsonNode? Invoke(IntrinsicInvocation invocation)
    {
        var text = invocation.String(0);
        var delimiters = invocation.String(1).ToCharArray();

        // string.Split with no separators splits on white space, which is not what an empty delimiter means.
        var parts = delimiters.Length == 0
            ? (text.Length == 0 ? [] : [text])
            : text.Split(delimiters, StringSplitOptions.RemoveEmptyEntries);
        return new JsonArray([.. parts.Select(part => (JsonNode)JsonValue.Create(part))]);
    }
}
