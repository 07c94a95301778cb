using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Stages;

/// <summary>One condition of an <see cref="Allow"/>: operator, key, values (a list or one string, ARNs as Fn::Sub).</summary>
internal sealed record AllowCondition(string Operator, string Key, IReadOnlyList<string> Values, bool List, bool Arns)
{
    public JsonNode Value()
    {
        JsonNode One(string value) => Arns ? Sub(value) : JsonValue.Create(value);
        return List ? new JsonArray([.. Values.Select(One)]) : One(Values[0]);
    }

    /// <summary>An ARN pattern with CloudFormation's pseudo parameters, as <c>{"Fn::Sub": ...}</c>.</summary>
    public static JsonNode Sub(string pattern) => new JsonObject { ["Fn::Sub"] = pattern };
}
