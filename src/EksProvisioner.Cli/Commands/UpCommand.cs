using System.CommandLine;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov up FILE --local [--output table|json] [--state-dir DIR] [--faults FILE] [--latency-model FILE]</c>:
/// runs the provisioning workflow for a request on the local account. Exit 0 when the environment is
/// ready, 1 when provisioning failed (after its rollback), 2 for a bad request or usage.
/// </summary>
internal static class UpCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Environment request JSON file." };
        var output = OutputOption.Create();
        var local = new LocalCommandOptions();
        var command = new Command("up", "Create an environment: run the provisioning workflow and wait for it.") { file, output };
        local.AddTo(command);
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse, local, parse.GetValue(file)!, parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string path, bool json, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, context.Stderr, cancellationToken);
        if (text is null)
        {
            return ExitCodes.Invalid;
        }

        var validation = EnvironmentRequests.Validate(text);
        if (validation.Request is not { } request)
        {
            foreach (var problem in validation.Problems)
            {
                await context.Stderr.WriteLineAsync(problem);
            }

            return ExitCodes.Invalid;
        }

        if (await local.ReadAsync(parse, request.Region, context.Stderr, cancellationToken) is not { } options)
        {
            return ExitCodes.Invalid;
        }

        await using var account = await LocalAccount.StartAsync(options, cancellationToken);
        var name = ExecutionNames.Up(request.Name, account.Clock.GetUtcNow());
        var progress = json ? null : Progress.Writer(context.Stderr);
        var run = await LocalRun.ExecuteAsync(account, account.ProvisionArn, text, name, progress, cancellationToken);

        var output = run.Result.Output is { } o ? JsonNode.Parse(o) : null;
        var resources = output?["resources"]?.AsArray().Select(r => r!.DeepClone()).ToList()
            ?? [.. (await account.ResourcesAsync(request.Name, cancellationToken)).Select(r => (JsonNode)new JsonObject { ["type"] = r.Type, ["id"] = r.Id })];
        string? kubeconfig = null;
        if (account.Records is { } records)
        {
            if (output?["kubeconfig"]?.GetValue<string>() is { } config)
            {
                kubeconfig = records.KubeconfigPath(request.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(kubeconfig)!);
                await File.WriteAllTextAsync(kubeconfig, config, cancellationToken);
            }

            records.Save(Summary.Record(request.Name, request.Region, "up", run, resources, kubeconfig), run.History);
        }

        await Summary.WriteAsync(context, json, run, resources, kubeconfig);
        return run.Result.Status == StepFunctionsLocal.ExecutionStatus.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
    }
}
