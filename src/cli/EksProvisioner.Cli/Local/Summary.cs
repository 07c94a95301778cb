using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Core.Teardown;

namespace EksProvisioner.Cli.Local;

/// <summary>The final report of an up or down, in either mode: one JSON object, or a few lines for people.</summary>
internal static class Summary
{
    public static EnvironmentRecord Record(string name, string region, string operation, FollowedExecution run, IReadOnlyList<JsonNode> resources, string? kubeconfig) =>
        new(
            name,
            region,
            operation,
            run.ExecutionArn,
            run.Status,
            run.Execution.Error,
            run.Execution.Cause,
            run.Seconds,
            run.StateTransitions,
            [.. resources.Select(Display.ResourceText.Describe)],
            kubeconfig,
            run.StartDate,
            run.Execution.StopDate);

    /// <summary>
    /// Writes the report. <paramref name="simulated"/> names the duration simulatedSeconds (virtual time)
    /// rather than durationSeconds; <paramref name="resources"/> is null when the backend cannot list them.
    /// <paramref name="outcome"/> (up's Ready, RolledBack or RollbackIncomplete) and <paramref name="left"/>
    /// (what a teardown or rollback could not delete, with why) are reported when given, and so is
    /// <paramref name="deleted"/> (what a teardown deleted).
    /// </summary>
    public static async Task WriteAsync(
        CliContext context,
        bool json,
        bool simulated,
        FollowedExecution run,
        IReadOnlyList<JsonNode>? resources,
        string? kubeconfig,
        string? outcome = null,
        IReadOnlyList<LeftResource>? left = null,
        IReadOnlyList<string>? deleted = null)
    {
        if (json)
        {
            var result = new JsonObject
            {
                ["executionArn"] = run.ExecutionArn,
                ["status"] = run.Status,
                ["error"] = run.Execution.Error,
                ["cause"] = run.Execution.Cause,
                [simulated ? "simulatedSeconds" : "durationSeconds"] = run.Seconds,
                ["stateTransitions"] = run.StateTransitions,
                ["resources"] = resources is null ? null : new JsonArray([.. resources.Select(r => r.DeepClone())]),
            };
            if (outcome is not null)
            {
                result["outcome"] = outcome;
            }

            if (left is not null)
            {
                result["left"] = new JsonArray([.. left.Select(l => (JsonNode)new JsonObject { ["resource"] = l.Resource, ["why"] = l.Why })]);
            }

            if (deleted is not null)
            {
                result["deleted"] = new JsonArray([.. deleted.Select(d => (JsonNode)JsonValue.Create(d))]);
            }

            await context.Stdout.WriteLineAsync(result.ToJsonString());
            return;
        }

        var o = context.Stdout;
        await o.WriteLineAsync($"Status:            {run.Status}");
        if (outcome is not null)
        {
            await o.WriteLineAsync($"Outcome:           {outcome}");
        }

        if (run.Execution.Error is { } error)
        {
            foreach (var line in Display.ErrorText.Lines(error, run.Execution.Cause, context.Verbose))
            {
                await o.WriteLineAsync(line);
            }
        }

        var seconds = run.Seconds.ToString("0", CultureInfo.InvariantCulture);
        await o.WriteLineAsync(simulated ? $"Simulated time:    {seconds} s" : $"Duration:          {seconds} s");
        await o.WriteLineAsync($"State transitions: {run.StateTransitions}");
        if (simulated)
        {
            await o.WriteLineAsync($"Wall time:         {run.WallTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s (execution only)");
        }

        await o.WriteLineAsync($"Execution:         {run.ExecutionArn}");
        if (kubeconfig is not null)
        {
            await o.WriteLineAsync($"Kubeconfig:        {kubeconfig}");
        }

        if (resources is not null)
        {
            await o.WriteLineAsync($"Resources ({resources.Count}):");
            foreach (var resource in resources)
            {
                await o.WriteLineAsync("  " + Display.ResourceText.Describe(resource));
            }
        }

        if (deleted is not null)
        {
            await o.WriteLineAsync($"Deleted ({deleted.Count}):");
            foreach (var d in deleted)
            {
                await o.WriteLineAsync("  " + d);
            }
        }

        if (left is { Count: > 0 })
        {
            await o.WriteLineAsync($"Left ({left.Count}):");
            foreach (var l in left)
            {
                await o.WriteLineAsync($"  {l.Resource}: {l.Why}");
            }
        }
    }
}
