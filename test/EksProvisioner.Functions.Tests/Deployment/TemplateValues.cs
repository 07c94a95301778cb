using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>
/// A small evaluator of the intrinsic functions the template uses (Ref, Fn::Sub, Fn::Join, Fn::If and
/// the condition functions), with parameter defaults unless overridden, so tests can see what a stack
/// deployed with given parameters would get. A resource reference evaluates to "&lt;Ref X&gt;".
/// </summary>
internal sealed partial class TemplateValues(ServerlessTemplate template, IReadOnlyDictionary<string, string>? overrides = null)
{
    public const string Region = "eu-west-1";
    public const string StackName = "eksprov";

    private static readonly Dictionary<string, string> Pseudo = new(StringComparer.Ordinal)
    {
        ["AWS::Region"] = Region,
        ["AWS::StackName"] = StackName,
        ["AWS::AccountId"] = "123456789012",
        ["AWS::Partition"] = "aws",
        ["AWS::URLSuffix"] = "amazonaws.com",
    };

    public string Parameter(string name)
    {
        if (overrides is not null && overrides.TryGetValue(name, out var value))
        {
            return value;
        }

        var definition = template.Root["Parameters"]?[name] ?? throw new KeyNotFoundException("no parameter " + name);
        return Scalar(definition["Default"]);
    }

    public bool Condition(string name) =>
        IsTrue(template.Root["Conditions"]?[name] ?? throw new KeyNotFoundException("no condition " + name));

    public JsonNode? Evaluate(JsonNode? node)
    {
        switch (node)
        {
            case JsonArray array:
                return new JsonArray([.. array.Select(Evaluate)]);
            case JsonObject o when o.Count == 1 && o.First().Key is var key && (key == "Ref" || key.StartsWith("Fn::", StringComparison.Ordinal)):
                return Intrinsic(key, o[key]);
            case JsonObject o:
                return new JsonObject(o.Select(p => KeyValuePair.Create(p.Key, Evaluate(p.Value))));
            default:
                return node?.DeepClone();
        }
    }

    public string EvaluateString(JsonNode? node) => Scalar(Evaluate(node));

    private JsonNode? Intrinsic(string function, JsonNode? argument)
    {
        switch (function)
        {
            case "Ref":
                return Reference(argument!.GetValue<string>());
            case "Fn::Sub":
                return Placeholder().Replace(argument!.GetValue<string>(), m => Reference(m.Groups[1].Value));
            case "Fn::Join":
                var parts = argument!.AsArray();
                return string.Join(parts[0]!.GetValue<string>(), Evaluate(parts[1])!.AsArray().Select(Scalar));
            case "Fn::If":
                var branches = argument!.AsArray();
                return Evaluate(Condition(branches[0]!.GetValue<string>()) ? branches[1] : branches[2]);
            default:
                throw new NotSupportedException($"{function} is not evaluated by the test evaluator");
        }
    }

    private bool IsTrue(JsonNode? node) => node switch
    {
        JsonObject o when o["Fn::Equals"] is JsonArray pair => EvaluateString(pair[0]) == EvaluateString(pair[1]),
        JsonObject o when o["Fn::Not"] is JsonArray one => !IsTrue(one[0]),
        JsonObject o when o["Fn::And"] is JsonArray all => all.All(IsTrue),
        JsonObject o when o["Fn::Or"] is JsonArray any => any.Any(IsTrue),
        JsonObject o when o["Condition"] is JsonValue name => Condition(name.GetValue<string>()),
        _ => throw new NotSupportedException("not a condition: " + node?.ToJsonString()),
    };

    private string Reference(string name)
    {
        if (Pseudo.TryGetValue(name, out var pseudo))
        {
            return pseudo;
        }

        return template.Root["Parameters"]?[name] is not null ? Parameter(name) : $"<Ref {name}>";
    }

    private static string Scalar(JsonNode? node) => node switch
    {
        null => string.Empty,
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonValue v when v.TryGetValue<double>(out var d) => d.ToString(CultureInfo.InvariantCulture),
        _ => node.ToJsonString(),
    };

    [GeneratedRegex(@"\$\{([A-Za-z0-9:.]+)\}")]
    private static partial Regex Placeholder();
}
