using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>A nested intrinsic call used as an argument.</summary>
internal sealed record CallArgument(IntrinsicCall Call, int Position) : IntrinsicArgument(Position)
{
    public override JsonNode? Evaluate(IntrinsicContext context) => Call.Evaluate(context);
}
