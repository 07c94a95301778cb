using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// The Retry fields of every state of a definition, so that a TaskFailed in the history can be told as
/// "retry 2 of 12 in 30 s": the history says that a task failed, only the definition says what comes next.
/// </summary>
internal sealed class RetryPolicies
{
    private readonly Dictionary<string, JsonArray> _retries = new(StringComparer.Ordinal);

    private RetryPolicies()
    {
    }

    public static RetryPolicies None { get; } = new();

    /// <summary>Reads <paramref name="definition"/> (ASL JSON); one that does not parse has no policies.</summary>
    public static RetryPolicies From(string? definition)
    {
        var policies = new RetryPolicies();
        try
        {
            policies.Walk(definition is null ? null : JsonNode.Parse(definition)?["States"] as JsonObject);
        }
        catch (System.Text.Json.JsonException)
        {
            return None;
        }

        return policies;
    }

    /// <summary>The retrier that catches <paramref name="error"/> in <paramref name="state"/>, as ASL picks it: the first that matches.</summary>
    public RetryRule? Find(string state, string error)
    {
        if (!_retries.TryGetValue(state, out var retriers))
        {
            return null;
        }

        for (var i = 0; i < retriers.Count; i++)
        {
            var errors = retriers[i]?["ErrorEquals"]?.AsArray().Select(e => e?.GetValue<string>()) ?? [];
            if (errors.Any(e => e == error || (e == "States.ALL" && error != "States.Runtime") || (e == "States.TaskFailed" && !error.StartsWith("States.", StringComparison.Ordinal))))
            {
                return RetryRule.From(i, retriers[i]!.AsObject());
            }
        }

        return null;
    }

    private void Walk(JsonObject? states)
    {
        foreach (var (name, state) in states ?? [])
        {
            if (state?["Retry"] is JsonArray retry)
            {
                _retries[name] = retry;
            }

            foreach (var branch in state?["Branches"]?.AsArray() ?? [])
            {
                Walk(branch?["States"] as JsonObject);
            }

            Walk((state?["ItemProcessor"] ?? state?["Iterator"])?["States"] as JsonObject);
        }
    }
}
