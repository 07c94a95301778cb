using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.Deployment;

/// <summary>One Allow statement of an IAM policy in serverless.template, and the resource that owns it.</summary>
internal sealed record PolicyStatement(string Owner, IReadOnlyList<string> Actions, IReadOnlyList<string> Resources, JsonObject? Condition)
{
    public bool AnyResource => Resources.Contains("*");

    /// <summary>Every condition key, whatever its operator (StringEquals, Null, ArnLike...).</summary>
    public IReadOnlySet<string> ConditionKeys =>
        Condition is null
            ? new HashSet<string>(StringComparer.Ordinal)
            : Condition.SelectMany(op => op.Value!.AsObject().Select(k => k.Key)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The values one condition key must take, whatever its operator.</summary>
    public IReadOnlyList<string> ConditionValues(string key) =>
        Condition is null
            ? []
            : [.. Condition.SelectMany(op => op.Value!.AsObject().Where(k => k.Key == key).Select(k => k.Value!))
                .SelectMany(v => v is JsonArray a ? a.Select(Text) : [Text(v)])];

    public override string ToString() =>
        $"{Owner}: [{string.Join(", ", Actions)}] on [{string.Join(", ", Resources)}]{(Condition is null ? string.Empty : " if " + Condition.ToJsonString())}";

    public static PolicyStatement From(string owner, JsonObject statement) => new(
        owner,
        Many(statement["Action"]),
        Many(statement["Resource"]),
        statement["Condition"]?.AsObject());

    /// <summary>
    /// The statements a Statement entry may stand for: itself, or both branches of an
    /// <c>{"Fn::If": [condition, then, else]}</c> (each must follow the rules on its own).
    /// </summary>
    public static IEnumerable<JsonObject> Branches(JsonNode? entry) =>
        entry is JsonObject o && o["Fn::If"] is JsonArray branches
            ? branches.Skip(1).SelectMany(Branches)
            : entry is JsonObject statement ? [statement] : [];

    private static List<string> Many(JsonNode? node) => node switch
    {
        null => [],
        JsonArray array => [.. array.Select(Text)],
        _ => [Text(node)],
    };

    /// <summary>A string, the template of an Fn::Sub, "Ref:X" for a Ref, or the JSON of anything else.</summary>
    internal static string Text(JsonNode? node) => node switch
    {
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        JsonObject o when o["Fn::Sub"] is JsonValue sub => sub.GetValue<string>(),
        JsonObject o when o["Ref"] is JsonValue r => "Ref:" + r.GetValue<string>(),
        _ => node?.ToJsonString() ?? string.Empty,
    };
}
