using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary><c>eksprov list --local</c>: every environment the state directory knows, with its last operation.</summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var output = OutputOption.Create();
        var local = new LocalCommandOptions();
        var command = new Command("list", "List the environments of the local account and their last operation.") { output };
        local.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(local.Local))
            {
                await context.Stderr.WriteLineAsync("eksprov: only --local is supported so far; add --local to use the simulated account.");
                return ExitCodes.Invalid;
            }

            var records = new EnvironmentRecords(parse.GetValue(local.StateDir)!).All();
            if (parse.GetValue(output) == "json")
            {
                await context.Stdout.WriteLineAsync(JsonSerializer.Serialize(records, LocalJson.Options));
                return ExitCodes.Ok;
            }

            await context.Stdout.WriteLineAsync("NAME                 REGION          LAST   STATUS      SIMULATED  RESOURCES");
            foreach (var r in records)
            {
                await context.Stdout.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{r.Name,-20} {r.Region,-15} {r.Operation,-6} {r.Status,-11} {r.SimulatedSeconds,7:0} s  {r.Resources.Count}"));
            }

            return ExitCodes.Ok;
        });
        return command;
    }
}
