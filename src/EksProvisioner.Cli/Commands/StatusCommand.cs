using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov status NAME --local</c>: the environment's last operation and what the account holds for it
/// now. Exit 0 when known, 1 when the state directory has no such environment.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var output = OutputOption.Create();
        var local = new LocalCommandOptions();
        var command = new Command("status", "Show an environment's last operation and its live resources.") { name, output };
        local.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse, local, parse.GetValue(name)!, parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string name, bool json, CancellationToken cancellationToken)
    {
        var stateDir = parse.GetValue(local.StateDir)!;
        var record = new EnvironmentRecords(stateDir).Load(name);
        if (record is null)
        {
            await context.Stderr.WriteLineAsync($"eksprov: no environment '{name}' in {stateDir}");
            return ExitCodes.Failed;
        }

        if (await local.ReadAsync(parse, record.Region, context.Stderr, cancellationToken) is not { } options)
        {
            return ExitCodes.Invalid;
        }

        await using var account = await LocalAccount.StartAsync(options, cancellationToken);
        var live = await account.ResourcesAsync(name, cancellationToken);
        if (json)
        {
            var node = JsonSerializer.SerializeToNode(record, LocalJson.Options)!.AsObject();
            node["liveResources"] = new JsonArray([.. live.Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["id"] = r.Id, ["state"] = r.State })]);
            await context.Stdout.WriteLineAsync(node.ToJsonString());
            return ExitCodes.Ok;
        }

        var o = context.Stdout;
        await o.WriteLineAsync($"Environment:       {record.Name} ({record.Region})");
        await o.WriteLineAsync($"Last operation:    {record.Operation} {record.Status}" + (record.Error is null ? "" : $" {record.Error}: {record.Cause}"));
        await o.WriteLineAsync($"Simulated time:    {record.SimulatedSeconds.ToString("0", CultureInfo.InvariantCulture)} s, {record.StateTransitions} state transitions");
        await o.WriteLineAsync($"Execution:         {record.ExecutionArn}");
        if (record.KubeconfigPath is not null && record.Operation == "up")
        {
            await o.WriteLineAsync($"Kubeconfig:        {record.KubeconfigPath}");
        }

        await o.WriteLineAsync($"Live resources ({live.Count}):");
        foreach (var resource in live)
        {
            await o.WriteLineAsync($"  {resource.Service} {resource.Type} {resource.Id} {resource.State}");
        }

        return ExitCodes.Ok;
    }
}
