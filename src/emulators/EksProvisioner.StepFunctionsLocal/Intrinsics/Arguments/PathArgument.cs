using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics.Arguments;

/// <summary>
/// A path into the state input (<c>$.x</c>), the context object (<c>$$.x</c>) or a variable
/// (<c>$name.x</c>), parsed with the expression; the engine resolves it, and its failure for a path that selects
/// nothing propagates. A path of the right shape that the JSONPath parser still refuses keeps its
/// <see cref="Error"/>, raised when evaluated (as States.IntrinsicFailure), as the engine always did.
/// </summary>
internal sealed record PathArgument(string Text, JsonPath? Path, string? Error, int Position) : IntrinsicArgument(Position)
{
    public static PathArgument Parse(string text, int position) =>
        JsonPathParser.TryParse(text, out var path, out var error)
            ? new PathArgument(text, path, null, position)
            : new PathArgument(text, null, error, position);

    public override JsonNode? Evaluate(IntrinsicContext context) =>
        Path is null ? throw new FormatException(Error) : context.ResolvePath(Path)?.DeepClone();
}
