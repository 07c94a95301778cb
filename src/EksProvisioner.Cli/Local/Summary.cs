using System.Globalization;
using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Local;

/// <summary>The final report of an up or down: one JSON object, or a few lines for people.</summary>
internal static class Summary
{
    public static EnvironmentRecord Record(string name, string region, string operation, LocalRun run, IReadOnlyList<JsonNode> resources, string? kubeconfig) =>
        new(
            name,
            region,
            operation,
            run.Result.ExecutionArn,
            Status(run),
            run.Result.Error,
            run.Result.Cause,
            run.SimulatedSeconds,
            run.StateTransitions,
            [.. resources.Select(Describe)],
            kubeconfig,
            run.Result.StartDate,
            run.Result.StopDate);

    public static async Task WriteAsync(CliContext context, bool json, LocalRun run, IReadOnlyList<JsonNode> resources, string? kubeconfig)
    {
        if (json)
        {
            var result = new JsonObject
            {
                ["executionArn"] = run.Result.ExecutionArn,
                ["status"] = Status(run),
                ["error"] = run.Result.Error,
                ["cause"] = run.Result.Cause,
                ["simulatedSeconds"] = run.SimulatedSeconds,
                ["stateTransitions"] = run.StateTransitions,
                ["resources"] = new JsonArray([.. resources.Select(r => r.DeepClone())]),
            };
            await context.Stdout.WriteLineAsync(result.ToJsonString());
            return;
        }

        var o = context.Stdout;
        await o.WriteLineAsync($"Status:            {Status(run)}");
        if (run.Result.Error is not null)
        {
            await o.WriteLineAsync($"Error:             {run.Result.Error}");
            await o.WriteLineAsync($"Cause:             {run.Result.Cause}");
        }

        await o.WriteLineAsync($"Simulated time:    {run.SimulatedSeconds.ToString("0", CultureInfo.InvariantCulture)} s");
        await o.WriteLineAsync($"State transitions: {run.StateTransitions}");
        await o.WriteLineAsync($"Wall time:         {run.WallTime.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture)} s (execution only)");
        await o.WriteLineAsync($"Execution:         {run.Result.ExecutionArn}");
        if (kubeconfig is not null)
        {
            await o.WriteLineAsync($"Kubeconfig:        {kubeconfig}");
        }

        await o.WriteLineAsync($"Resources ({resources.Count}):");
        foreach (var resource in resources)
        {
            await o.WriteLineAsync("  " + Describe(resource));
        }
    }

    public static string Status(LocalRun run) => run.Result.Status switch
    {
        StepFunctionsLocal.ExecutionStatus.TimedOut => "TIMED_OUT",
        var status => status.ToString().ToUpperInvariant(),
    };

    private static string Describe(JsonNode resource) =>
        $"{resource["type"]?.GetValue<string>()} {resource["id"]?.GetValue<string>()}" +
        (resource["name"]?.GetValue<string>() is { } name ? $" ({name})" : "");
}
