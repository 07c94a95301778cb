using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Intrinsics;

namespace EksProvisioner.StepFunctionsLocal.Tests.Intrinsics;

/// <summary>
/// Stands for the engine around an intrinsic: resolves <c>$.a.b[0]</c> over the state input,
/// <c>$$.x</c> over a context object and <c>$name.x</c> over variables, and throws
/// <see cref="KeyNotFoundException"/> for a path that selects nothing, as the engine's resolver does.
/// </summary>
internal static partial class IntrinsicHarness
{
    public static JsonNode? Run(
        string expression,
        string input = "{}",
        Randomizer? random = null,
        string contextObject = "{}",
        string variables = "{}")
    {
        var context = Context(input, random, contextObject, variables);
        return IntrinsicExpression.Parse(expression).Evaluate(context);
    }

    public static string RunJson(string expression, string input = "{}", Randomizer? random = null) =>
        Run(expression, input, random)?.ToJsonString() ?? "null";

    public static IntrinsicFailureException Fails(string expression, string input = "{}") =>
        Assert.Throws<IntrinsicFailureException>(() => Run(expression, input));

    /// <summary>Normalises expected JSON text so that it compares with a result's ToJsonString.</summary>
    public static string Normalized(string text) => JsonNode.Parse(text)?.ToJsonString() ?? "null";

    public static IntrinsicContext Context(string input, Randomizer? random = null, string contextObject = "{}", string variables = "{}")
    {
        var inputNode = JsonNode.Parse(input);
        var contextNode = JsonNode.Parse(contextObject);
        var variableNode = JsonNode.Parse(variables)!.AsObject();
        return new IntrinsicContext(path => Resolve(path.Text, inputNode, contextNode, variableNode), random ?? Randomizers.Fixed(0.5));
    }

    private static JsonNode? Resolve(string path, JsonNode? input, JsonNode? contextObject, JsonObject variables)
    {
        var root = Root().Match(path);
        var current = root.Groups["root"].Value switch
        {
            "$$" => contextObject,
            "$" => input,
            var name => variables.TryGetPropertyValue(name[1..], out var value) ? value : throw new KeyNotFoundException(path),
        };
        foreach (Match step in Step().Matches(path[root.Length..]))
        {
            current = step.Groups["index"].Success
                ? current is JsonArray array && int.Parse(step.Groups["index"].Value, System.Globalization.CultureInfo.InvariantCulture) is var i && i < array.Count
                    ? array[i]
                    : throw new KeyNotFoundException(path)
                : current is JsonObject obj && obj.TryGetPropertyValue(step.Groups["name"].Value, out var child)
                    ? child
                    : throw new KeyNotFoundException(path);
        }

        return current;
    }

    [GeneratedRegex(@"^(?<root>\$\$|\$[A-Za-z_][A-Za-z0-9_]*|\$)")]
    private static partial Regex Root();

    [GeneratedRegex(@"\.(?<name>[A-Za-z0-9_]+)|\[(?<index>[0-9]+)\]|\.?\['(?<name>[^']*)'\]")]
    private static partial Regex Step();
}
