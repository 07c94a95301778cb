using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.AwsSimulator.Faults;

/// <summary>
/// Fault injection rules, in the JSON shape of <c>--faults FILE</c> and <c>PUT /_simulator/faults</c>:
/// <c>{"rules": [{"service": "eks", "operation": "CreateNodegroup", "call": 1, "error": {...}}]}</c>.
/// </summary>
public sealed record FaultRules
{
    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        PropertyNameCaseInsensitive = true,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The rules, checked in order; the first that fires decides the answer.</summary>
    public IReadOnlyList<FaultRule> Rules { get; init; } = [];

    /// <summary>No faults.</summary>
    public static FaultRules None { get; } = new();

    /// <summary>Parses the JSON shape; throws <see cref="JsonException"/> when it is malformed.</summary>
    public static FaultRules Parse(string json)
    {
        var rules = JsonSerializer.Deserialize<FaultRules>(json, JsonOptions) ?? None;
        foreach (var rule in rules.Rules)
        {
            rule.Validate();
        }

        return rules;
    }

    /// <summary>The JSON shape.</summary>
    public string ToJson() => JsonSerializer.Serialize(this, JsonOptions);
}
