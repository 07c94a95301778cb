using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Local;
using EksProvisioner.Cli.Output;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov status NAME [--local | AWS options]</c>: locally, the environment's last operation from the
/// state directory and what the account holds for it now; against AWS, its phase and newest executions
/// from Step Functions. Exit 0 when known, 1 when there is no such environment.
/// </summary>
internal static class StatusCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var output = OutputOption.Create();
        var backend = new BackendOptions(MachineRole.Both, AwsCommandOptions.BothMachines);
        var command = new Command("status", "Show an environment's phase, last operation and (locally) its live resources.") { name, output };
        backend.AddTo(command);
        command.SetAction((parse, cancellationToken) => backend.IsLocal(parse)
            ? LocalAsync(context, parse, backend.Local, parse.GetValue(name)!, parse.GetValue(output) == "json", cancellationToken)
            : AwsAsync(context, parse, backend, parse.GetValue(name)!, parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> AwsAsync(CliContext context, ParseResult parse, BackendOptions options, string name, bool json, CancellationToken cancellationToken)
    {
        await using var backend = await options.OpenAwsAsync(context, parse, null, cancellationToken);
        if (backend is null)
        {
            return ExitCodes.Invalid;
        }

        try
        {
            var status = await backend.Executions.FindAsync(name, cancellationToken);
            if (status is null)
            {
                await context.Stderr.WriteLineAsync($"eksprov: no executions for environment '{name}' on {backend.Executions.Machines.ProvisionArn} or {backend.Executions.Machines.TeardownArn}");
                return ExitCodes.Failed;
            }

            if (json)
            {
                await context.Stdout.WriteLineAsync(EnvironmentViews.Json(status).ToJsonString());
                return ExitCodes.Ok;
            }

            var o = context.Stdout;
            await o.WriteLineAsync($"Environment:       {status.Name} ({status.Region})");
            await o.WriteLineAsync($"Phase:             {status.Phase}");
            await o.WriteLineAsync($"Last operation:    {EnvironmentViews.Operation(status)} {status.Latest.Status}" + (status.Error is null ? "" : $" {status.Error}: {status.Cause}"));
            await o.WriteLineAsync($"Execution:         {status.Latest.ExecutionArn}");
            await o.WriteLineAsync($"Provision:         {EnvironmentViews.Line(status.Provision)}");
            await o.WriteLineAsync($"Teardown:          {EnvironmentViews.Line(status.Teardown)}");
            if (File.Exists(backend.Files.KubeconfigPath(name)) && status.Phase == Triggers.Environments.EnvironmentPhase.Ready)
            {
                await o.WriteLineAsync($"Kubeconfig:        {backend.Files.KubeconfigPath(name)}");
            }

            return ExitCodes.Ok;
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            return await AwsFailures.ReportAsync(context, e);
        }
    }

    private static async Task<int> LocalAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string name, bool json, CancellationToken cancellationToken)
    {
        var stateDir = parse.GetValue(local.StateDir)!;
        var record = new EnvironmentRecords(stateDir).Load(name);
        if (record is null)
        {
            await context.Stderr.WriteLineAsync($"eksprov: no environment '{name}' in {stateDir}");
            return ExitCodes.Failed;
        }

        if (await local.ReadAsync(context, parse, record.Region, cancellationToken) is not { } options)
        {
            return ExitCodes.Invalid;
        }

        // Holding the directory (the account takes its lock), a RUNNING record can only be an interrupted run;
        // read it again under the lock, in case a run that held the directory finished meanwhile.
        await using var account = await LocalAccount.StartAsync(options, cancellationToken);
        record = new EnvironmentRecords(stateDir).Load(name) ?? record;
        var live = await account.ResourcesAsync(name, cancellationToken);
        var facts = record.Operation == "up"
            ? EnvironmentFacts.From(new EnvironmentRecords(stateDir).History(name, "up"), record, account.Clock.GetUtcNow(), live)
            : null;
        if (json)
        {
            var node = JsonSerializer.SerializeToNode(record, LocalJson.Options)!.AsObject();
            node["phase"] = LocalPhases.Of(record, mayBeRunning: false);
            if (facts is not null)
            {
                foreach (var (key, value) in facts.ToJson().ToList())
                {
                    node[key] = value?.DeepClone();
                }
            }

            node["liveResources"] = new JsonArray([.. live.Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["id"] = r.Id, ["state"] = r.State })]);
            await context.Stdout.WriteLineAsync(node.ToJsonString());
            return ExitCodes.Ok;
        }

        var o = context.Stdout;
        await o.WriteLineAsync($"Environment:       {record.Name} ({record.Region})");
        await o.WriteLineAsync($"Phase:             {LocalPhases.Of(record, mayBeRunning: false)}");
        await o.WriteLineAsync($"Last operation:    {record.Operation} {record.Status}" + (record.Error is null ? "" : $" {record.Error}: {record.Cause}"));
        await o.WriteLineAsync($"Simulated time:    {record.SimulatedSeconds.ToString("0", CultureInfo.InvariantCulture)} s, {record.StateTransitions} state transitions");
        await o.WriteLineAsync($"Execution:         {record.ExecutionArn}");
        if (record.KubeconfigPath is not null && record.Operation == "up")
        {
            await o.WriteLineAsync($"Kubeconfig:        {record.KubeconfigPath}");
        }

        if (facts is not null)
        {
            await o.WriteLineAsync($"Endpoint:          {facts.Endpoint ?? "(none yet)"}");
            await AccessLines.WriteAsync(context, facts.Admins, null);
            await o.WriteLineAsync($"Expires:           {facts.ExpiresAt ?? "never (no ttlHours)"}");
            await o.WriteLineAsync($"Cost:              {facts.CostLine}");
        }

        await o.WriteLineAsync($"Live resources ({live.Count}):");
        foreach (var resource in live)
        {
            await o.WriteLineAsync($"  {resource.Service} {resource.Type} {resource.Id} {resource.State}");
        }

        return ExitCodes.Ok;
    }
}
