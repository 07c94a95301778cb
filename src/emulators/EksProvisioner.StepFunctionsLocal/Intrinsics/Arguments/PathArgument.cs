using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>
/// A path into the state input (<c>$.x</c>), the context object (<c>$$.x</c>) or a variable
/// (<c>$name.x</c>); the engine resolves it, and its failure for a path that selects nothing propagates.
/// </summary>
internal sealed record PathArgument(string Path, int Position) : IntrinsicArgument(Position)
{
    public override JsonNode? Evaluate(IntrinsicContext context) => context.ResolvePath(Path)?.DeepClone();
}
