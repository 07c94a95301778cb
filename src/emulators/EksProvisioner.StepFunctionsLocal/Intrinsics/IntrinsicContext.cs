using System.Text.Json.Nodes;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Paths;

namespace EksProvisioner.StepFunctionsLocal.Intrinsics;

/// <summary>
/// What an intrinsic call may read: path arguments (<c>$.x</c>, <c>$$.x</c>, <c>$var.x</c>), parsed with the
/// definition, through <see cref="ResolvePath"/> (which throws for a path that selects nothing), randomness for
/// States.MathRandom and States.UUID through the injected <see cref="Random"/>.
/// </summary>
internal sealed record IntrinsicContext(Func<JsonPath, JsonNode?> ResolvePath, Randomizer Random);
