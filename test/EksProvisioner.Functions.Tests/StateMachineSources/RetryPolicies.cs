using System.Text.Json.Nodes;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>
/// The named retriers of statemachine/source/retry-policies.json: <c>{"Policies": {"Name": {retrier, "Comment"?}}}</c>.
/// A policy's Comment documents it in the source only; it is not written into the definitions.
/// </summary>
internal sealed class RetryPolicies
{
    private readonly Dictionary<string, JsonObject> _retriers;

    private RetryPolicies(Dictionary<string, JsonObject> retriers) => _retriers = retriers;

    public IReadOnlyCollection<string> Names => _retriers.Keys;

    /// <summary>Reads the policies, reporting every malformed one at once.</summary>
    public static RetryPolicies Parse(JsonNode? file)
    {
        if (file?["Policies"] is not JsonObject policies)
        {
            throw new InvalidDataException("retry policies: expected an object \"Policies\" of named retriers");
        }

        var retriers = new Dictionary<string, JsonObject>(StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var (name, node) in policies)
        {
            if (node is not JsonObject policy || policy["ErrorEquals"] is not JsonArray { Count: > 0 })
            {
                problems.Add($"retry policy '{name}': expected a retrier object with a non-empty ErrorEquals");
                continue;
            }

            var retrier = policy.DeepClone().AsObject();
            retrier.Remove("Comment");
            retriers.Add(name, retrier);
        }

        return problems.Count == 0 ? new RetryPolicies(retriers) : throw new InvalidDataException(string.Join('\n', problems));
    }

    /// <summary>A fresh copy of the named retrier, ready to be placed in a document.</summary>
    public bool TryGet(string name, out JsonObject retrier)
    {
        var found = _retriers.TryGetValue(name, out var policy);
        retrier = found ? policy!.DeepClone().AsObject() : [];
        return found;
    }
}
