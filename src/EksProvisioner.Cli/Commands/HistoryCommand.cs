using System.CommandLine;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov history NAME --local [--operation up|down]</c>: the execution history of the environment's
/// last up (or down), as GetExecutionHistory returned it. Exit 1 when there is none.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var operation = new Option<string>("--operation")
        {
            Description = "Which execution: the last up or the last down.",
            DefaultValueFactory = _ => "up",
        };
        operation.AcceptOnlyFromAmong("up", "down");
        var output = OutputOption.Create();
        var local = new LocalCommandOptions();
        var command = new Command("history", "Show the execution history of an environment's last up or down.") { name, operation, output };
        local.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(local.Local))
            {
                await context.Stderr.WriteLineAsync("eksprov: only --local is supported so far; add --local to use the simulated account.");
                return ExitCodes.Invalid;
            }

            var environment = parse.GetValue(name)!;
            var history = new EnvironmentRecords(parse.GetValue(local.StateDir)!).History(environment, parse.GetValue(operation)!);
            if (history is not JsonArray events)
            {
                await context.Stderr.WriteLineAsync($"eksprov: no {parse.GetValue(operation)} history for '{environment}'");
                return ExitCodes.Failed;
            }

            if (parse.GetValue(output) == "json")
            {
                await context.Stdout.WriteLineAsync(new JsonObject { ["events"] = events.DeepClone() }.ToJsonString());
                return ExitCodes.Ok;
            }

            foreach (var e in events)
            {
                var details = e!.AsObject().FirstOrDefault(p => p.Key.EndsWith("EventDetails", StringComparison.Ordinal)).Value;
                var what = details?["name"]?.GetValue<string>() ?? details?["error"]?.GetValue<string>() ?? "";
                await context.Stdout.WriteLineAsync($"{e["id"],4} {e["timestamp"],-16} {e["type"],-28} {what}");
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
