using System.CommandLine;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Kube;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Teardown;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov down NAME [--local ...] [--profile P] [--region R] [--stack S | --state-machine M]</c>: runs
/// the teardown workflow for an environment (found by its tag, so it also works for one that never
/// finished). A teardown already running is followed instead of started twice. Exit 0 when the teardown
/// succeeded (and, locally, nothing carrying the tag is left), 1 otherwise, 130 on Ctrl+C in AWS.
/// </summary>
internal static class DownCommand
{
    public static Command Create(CliContext context)
    {
        var name = new Argument<string>("NAME") { Description = "The environment's name." };
        var output = OutputOption.Create();
        var kubeconfig = KubeconfigOption.Create();
        var backend = new BackendOptions(MachineRole.Teardown, "The teardown state machine (name or ARN) instead of the one --stack names.");
        backend.Aws.Region.Description = "The environment's region (default: the one it was created in; locally else us-east-1).";
        var command = new Command("down", "Tear an environment down: delete everything carrying its tag.") { name, output, kubeconfig };
        backend.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse, backend, parse.GetValue(name)!, new KubeconfigOutput(parse.GetValue(output) == "json", parse.GetValue(kubeconfig)), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, BackendOptions options, string name, KubeconfigOutput output, CancellationToken cancellationToken)
    {
        var region = parse.GetValue(options.Aws.Region);
        var localRegion = region ?? new EnvironmentRecords(parse.GetValue(options.Local.StateDir)!).Load(name)?.Region ?? "us-east-1";
        await using var backend = await options.OpenAsync(context, parse, localRegion, null, cancellationToken);
        if (backend is null)
        {
            return ExitCodes.Invalid;
        }

        try
        {
            // Against AWS the environment's region comes from its executions: it may differ from the stack's.
            region = backend.Simulated
                ? localRegion
                : region ?? (await backend.Executions.FindAsync(name, cancellationToken))?.Region ?? backend.Region;
            return await DownAsync(context, backend, name, region, output, cancellationToken);
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            return await AwsFailures.ReportAsync(context, e);
        }
    }

    private static async Task<int> DownAsync(CliContext context, IEnvironmentBackend backend, string name, string region, KubeconfigOutput output, CancellationToken cancellationToken)
    {
        var json = output.Json;
        var start = await backend.Executions.StartTeardownAsync(name, region, ExecutionNames.Down(name, backend.Now), cancellationToken);
        if (backend.KeepsRecords)
        {
            backend.Files.SaveStarted(name, region, "down", start.ExecutionArn, start.StartDate);
        }

        var run = await Waiting.FollowAsync(context, backend, name, "down", start, json, cancellationToken);
        if (run is null)
        {
            return ExitCodes.Interrupted;
        }

        // What is left, not what was deleted: "resources" of a teardown is the remainder, empty on success.
        var left = await backend.TaggedResourcesAsync(name, cancellationToken);
        if (backend.KeepsRecords)
        {
            backend.Files.Save(Summary.Record(name, region, "down", run, left ?? [], null), run.History);
        }

        await Summary.WriteAsync(context, json, backend.Simulated, run, left, null, left: run.Succeeded ? [] : TeardownReport.Parse(run.Execution.Cause), deleted: TeardownDeleted.Of(run));
        var gone = run.Succeeded && (left is null || left.Count == 0);
        if (gone)
        {
            // The saved copy names the cluster entry up merged; kubectl's file is changed only once the cluster is gone.
            var saved = await KubeconfigFile.ReadAsync(backend.Files.KubeconfigPath(name), cancellationToken);
            if (await KubeconfigInstall.RemoveAsync(context, output.Kubeconfig, name, region, saved, cancellationToken) is { } path && !json)
            {
                await context.Stdout.WriteLineAsync($"Kubeconfig:        removed {name}'s context, cluster and user from {path}");
            }
        }

        return gone ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
