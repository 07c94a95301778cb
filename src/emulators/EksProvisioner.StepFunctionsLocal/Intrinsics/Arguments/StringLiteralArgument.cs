using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Intrinsics.Syntax;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>
/// A single-quoted string, unescaped. <see cref="Template"/> is what States.Format uses: there an escaped
/// <c>\{\}</c> is literal text and not a placeholder.
/// </summary>
internal sealed record StringLiteralArgument(string Value, FormatTemplate Template, int Position) : IntrinsicArgument(Position)
{
    public override JsonNode? Evaluate(IntrinsicContext context) => JsonValue.Create(Value);
}
