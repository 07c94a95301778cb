using System.CommandLine;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Kube;
using EksProvisioner.Cli.Local;
using EksProvisioner.Cli.Output;
using EksProvisioner.Core.Access;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov up FILE [--local ...] [--profile P] [--region R] [--stack S | --state-machine M] [--output table|json]</c>:
/// runs the provisioning workflow for a request on the local account or the deployed stack and waits for
/// it. Exit 0 when the environment is ready, 1 when provisioning failed (after its rollback) or the environment
/// exists already (nothing started), 2 for a bad request or usage, 3 when the rollback left resources behind (listed), 130 when Ctrl+C stopped the waiting (in AWS the execution goes on).
/// </summary>
internal static class UpCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Environment request JSON file." };
        var output = OutputOption.Create();
        var kubeconfig = KubeconfigOption.Create();
        var backend = new BackendOptions(MachineRole.Provision, "The provision state machine (name or ARN) instead of the one --stack names.");
        var command = new Command("up", "Create an environment: run the provisioning workflow and wait for it.") { file, output, kubeconfig };
        var guardrails = new GuardrailOptions();
        guardrails.AddTo(command);
        backend.Aws.Region.Description = "AWS region of the stack (default: the request's region, else AWS_REGION, AWS_DEFAULT_REGION, the profile's region).";
        backend.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
            await guardrails.ReadAsync(parse, context.Stderr) is { } limits
                ? await RunAsync(context, parse, backend, parse.GetValue(file)!, new KubeconfigOutput(parse.GetValue(output) == "json", parse.GetValue(kubeconfig)), limits, cancellationToken)
                : ExitCodes.Invalid);
        return command;
    }

    private static async Task<int> RunAsync(
        CliContext context, ParseResult parse, BackendOptions options, string path, KubeconfigOutput output, Guardrails guardrails, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, context.Stderr, cancellationToken);
        if (text is null)
        {
            return ExitCodes.Invalid;
        }

        // Parsed once; the same document is validated for the contract, then for the stack it goes to.
        if (!EnvironmentRequests.TryParseJson(text, out var document, out var notJson))
        {
            await ValidAsync(context, notJson);
            return ExitCodes.Invalid;
        }

        if (await ValidAsync(context, EnvironmentRequests.Validate(document, guardrails)) is not { } request)
        {
            return ExitCodes.Invalid;
        }

        // A request that names no region goes to the stack of the AWS region chain, and is for its region.
        var named = document?["region"]?.GetValue<string>();
        await using var backend = await options.OpenAsync(context, parse, request.Region, named, cancellationToken, guardrails);
        if (backend is null)
        {
            return ExitCodes.Invalid;
        }

        // A deployed stack creates environments in its own region only; say so before starting anything.
        if (!backend.Simulated)
        {
            if (await ValidAsync(context, EnvironmentRequests.Validate(document, backend.Region, guardrails)) is not { } forStack)
            {
                return ExitCodes.Invalid;
            }

            request = forStack;
        }

        try
        {
            return await UpAsync(context, backend, request, output, cancellationToken);
        }
        catch (Exception e) when (AwsFailures.Is(e))
        {
            return await AwsFailures.ReportAsync(context, e);
        }
    }

    private static async Task<EnvironmentRequest?> ValidAsync(CliContext context, EnvironmentRequestValidation validation)
    {
        foreach (var problem in validation.Problems)
        {
            await context.Stderr.WriteLineAsync(problem);
        }

        return validation.Request;
    }

    private static async Task<int> UpAsync(CliContext context, IEnvironmentBackend backend, EnvironmentRequest request, KubeconfigOutput options, CancellationToken cancellationToken)
    {
        // The defaulted request is the input, as the webhook and the event function start it: the
        // execution then records the region and every default it ran with.
        var name = request.Name;
        var executionName = ExecutionNames.Up(name, backend.Now);
        if (await backend.BlockingAsync(name, executionName, cancellationToken) is { } existing)
        {
            // Day-2 updates will turn this into an update; until then a second provisioning's rollback would destroy the first.
            await context.Stderr.WriteLineAsync("eksprov: " + ExistingEnvironment.Message(existing));
            return ExitCodes.Failed;
        }

        // Whoever runs up asked for the environment: their identity (a session as its role) becomes an admin.
        request = AccessPrincipals.WithAdmin(request, await backend.CallerArnAsync(cancellationToken));
        var json = options.Json;
        var start = await backend.Executions.StartProvisionAsync(request, executionName, cancellationToken);
        if (backend.KeepsRecords)
        {
            backend.Files.SaveStarted(name, backend.Region, "up", start.ExecutionArn, start.StartDate);
        }

        var run = await Waiting.FollowAsync(context, backend, name, "up", start, json, cancellationToken);
        if (run is null)
        {
            return ExitCodes.Interrupted;
        }

        var output = run.Execution.Output is { } o ? JsonNode.Parse(o) : null;
        var resources = output?["resources"]?.AsArray().Select(r => r!.DeepClone()).ToList()
            ?? await backend.TaggedResourcesAsync(name, cancellationToken)
            ?? [];
        string? kubeconfig = null;
        if (output?["kubeconfig"]?.GetValue<string>() is { } config)
        {
            kubeconfig = backend.Files.KubeconfigPath(name);
            Directory.CreateDirectory(Path.GetDirectoryName(kubeconfig)!);
            await File.WriteAllTextAsync(kubeconfig, config, cancellationToken);
        }

        if (backend.KeepsRecords)
        {
            backend.Files.Save(Summary.Record(name, backend.Region, "up", run, resources, kubeconfig), run.History);
        }

        var installed = output?["kubeconfig"]?.GetValue<string>() is { } generated && run.Succeeded
            ? await KubeconfigInstall.AddAsync(context, options.Kubeconfig, backend.Simulated, name, generated, cancellationToken)
            : null;
        var outcome = ProvisioningOutcome.Of(run);
        await Summary.WriteAsync(context, json, backend.Simulated, run, resources, kubeconfig, outcome.Name, outcome.Left);
        if (!json && run.Succeeded)
        {
            await AccessLines.WriteAsync(context, request.Access.AdminPrincipalArns, installed);
        }

        if (outcome.Incomplete && !json)
        {
            await outcome.WriteWarningAsync(context.Stdout, name);
        }

        return outcome.ExitCode;
    }
}
