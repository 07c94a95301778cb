using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>A number, true, false or null written in the invocation.</summary>
internal sealed record LiteralArgument(JsonNode? Value, int Position) : IntrinsicArgument(Position)
{
    public override JsonNode? Evaluate(IntrinsicContext context) => Value?.DeepClone();
}
