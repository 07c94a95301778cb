using System.CommandLine;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov down NAME --local</c>: runs the teardown workflow for an environment (found by its tag, so
/// it also works for one that never finished). Exit 0 when nothing carrying the tag is left, 1 otherwise.
/// </summary>
internal static class DownCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var region = new Option<string?>("--region") { Description = "The environment's region (default: the one it was created in, else us-east-1)." };
        var output = OutputOption.Create();
        var local = new LocalCommandOptions();
        var command = new Command("down", "Tear an environment down: delete everything carrying its tag.") { name, region, output };
        local.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse, local, parse.GetValue(name)!, parse.GetValue(region), parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string name, string? region, bool json, CancellationToken cancellationToken)
    {
        var stateDir = parse.GetValue(local.StateDir);
        region ??= (stateDir is null ? null : new EnvironmentRecords(stateDir).Load(name)?.Region) ?? "us-east-1";
        if (await local.ReadAsync(parse, region, context.Stderr, cancellationToken) is not { } options)
        {
            return ExitCodes.Invalid;
        }

        await using var account = await LocalAccount.StartAsync(options, cancellationToken);
        var input = new JsonObject { ["environmentName"] = name, ["region"] = region }.ToJsonString();
        var execution = ExecutionNames.Down(name, account.Clock.GetUtcNow());
        var run = await LocalRun.ExecuteAsync(account, account.TeardownArn, input, execution, json ? null : Progress.Writer(context.Stderr), cancellationToken);

        // What is left, not what was deleted: "resources" of a teardown is the remainder, empty on success.
        var left = (await account.ResourcesAsync(name, cancellationToken))
            .Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["id"] = r.Id })
            .ToList();
        account.Records?.Save(Summary.Record(name, region, "down", run, left, null), run.History);
        await Summary.WriteAsync(context, json, run, left, null);
        return run.Result.Status == StepFunctionsLocal.ExecutionStatus.Succeeded && left.Count == 0 ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
