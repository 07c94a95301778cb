using System.CommandLine;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov history NAME [--operation up|down] [--local | AWS options]</c>: the execution history of the
/// environment's newest up (or down), as GetExecutionHistory returns it: locally from the state
/// directory, against AWS from Step Functions. Exit 1 when there is none.
/// </summary>
internal static class HistoryCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var operation = new Option<string>("--operation")
        {
            Description = "Which execution: the newest up or the newest down.",
            DefaultValueFactory = _ => "up",
        };
        operation.AcceptOnlyFromAmong("up", "down");
        var output = OutputOption.Create();
        var backend = new BackendOptions(MachineRole.Both, AwsCommandOptions.BothMachines);
        var command = new Command("history", "Show the execution history of an environment's newest up or down.") { name, operation, output };
        backend.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var environment = parse.GetValue(name)!;
            var which = parse.GetValue(operation)!;
            IReadOnlyList<HistoryEvent>? events;
            if (backend.IsLocal(parse))
            {
                events = new EnvironmentRecords(parse.GetValue(backend.Local.StateDir)!).History(environment, which);
            }
            else
            {
                await using var aws = await backend.OpenAwsAsync(context, parse, null, cancellationToken);
                if (aws is null)
                {
                    return ExitCodes.Invalid;
                }

                try
                {
                    var status = await aws.Executions.FindAsync(environment, cancellationToken);
                    var execution = which == "up" ? status?.Provision : status?.Teardown;
                    events = execution is null ? null : await ExecutionFollower.ReadAsync(aws.Client, execution.ExecutionArn, cancellationToken);
                }
                catch (Exception e) when (AwsFailures.Is(e))
                {
                    return await AwsFailures.ReportAsync(context, e);
                }
            }

            if (events is null)
            {
                await context.Stderr.WriteLineAsync($"eksprov: no {which} history for '{environment}'");
                return ExitCodes.Failed;
            }

            if (parse.GetValue(output) == "json")
            {
                await context.Stdout.WriteLineAsync(new JsonObject { ["events"] = JsonSerializer.SerializeToNode(events, HistoryEvents.Json) }.ToJsonString(HistoryEvents.Json));
                return ExitCodes.Ok;
            }

            foreach (var e in events)
            {
                await context.Stdout.WriteLineAsync(HistoryEvents.Line(e));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
