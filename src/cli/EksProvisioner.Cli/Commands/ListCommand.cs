using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov list [--local | AWS options]</c>: every environment, with its last operation: locally the
/// ones the state directory knows, against AWS every environment with an execution on the stack's machines.
/// </summary>
internal static class ListCommand
{
    public static Command Create(CliContext context)
    {
        var output = OutputOption.Create();
        var backend = new BackendOptions(MachineRole.Both, AwsCommandOptions.BothMachines);
        var command = new Command("list", "List the environments and their last operation.") { output };
        backend.AddTo(command);
        command.SetAction((parse, cancellationToken) => backend.IsLocal(parse)
            ? LocalAsync(context, parse.GetValue(backend.Local.StateDir)!, parse.GetValue(output) == "json")
            : AwsAsync(context, parse, backend, parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> AwsAsync(CliContext context, ParseResult parse, BackendOptions options, bool json, CancellationToken cancellationToken)
    {
        await using var backend = await options.OpenAwsAsync(context, parse, null, cancellationToken);
        if (backend is null)
        {
            return ExitCodes.Invalid;
        }

        try
        {
            var environments = await backend.Executions.ListAsync(cancellationToken);
            if (json)
            {
                var array = new JsonArray([.. environments.Select(e => (JsonNode)EnvironmentViews.Json(e))]);
                await context.Stdout.WriteLineAsync(array.ToJsonString());
                return ExitCodes.Ok;
            }

            await context.Stdout.WriteLineAsync("NAME                 PHASE            LAST   STATUS      STARTED");
            foreach (var e in environments)
            {
                await context.Stdout.WriteLineAsync(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{e.Name,-20} {e.Phase,-16} {EnvironmentViews.Operation(e),-6} {e.Latest.Status,-11} {EnvironmentViews.Time(e.Latest.StartDate)}"));
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            return await AwsFailures.ReportAsync(context, e);
        }
    }

    private static async Task<int> LocalAsync(CliContext context, string stateDir, bool json)
    {
        var records = new EnvironmentRecords(stateDir).All();
        var mayBeRunning = StateDirectoryLock.CurrentHolder(new StateLayout(stateDir)) is not null;
        if (json)
        {
            var array = new JsonArray();
            foreach (var r in records)
            {
                var node = JsonSerializer.SerializeToNode(r, LocalJson.Options)!.AsObject();
                node["phase"] = LocalPhases.Of(r, mayBeRunning);
                array.Add(node);
            }

            await context.Stdout.WriteLineAsync(array.ToJsonString(LocalJson.Options));
            return ExitCodes.Ok;
        }

        await context.Stdout.WriteLineAsync("NAME                 REGION          PHASE            LAST   STATUS      SIMULATED  RESOURCES");
        foreach (var r in records)
        {
            await context.Stdout.WriteLineAsync(string.Create(
                CultureInfo.InvariantCulture,
                $"{r.Name,-20} {r.Region,-15} {LocalPhases.Of(r, mayBeRunning),-16} {r.Operation,-6} {r.Status,-11} {r.SimulatedSeconds,7:0} s  {r.Resources.Count}"));
        }

        return ExitCodes.Ok;
    }
}
