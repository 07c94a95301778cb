using System.CommandLine;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Cli.Graphs;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov graph NAME|FILE [--execution ARN] [--format svg|mermaid|dot] [-o FILE] [--local | AWS options]</c>:
/// a state machine definition file, or the environment's last (or the named) execution, as a picture, each
/// state coloured by what happened in that execution. Exit 1 when the environment or execution is unknown.
/// </summary>
internal static class GraphCommand
{
    public static Command Create(CliContext context)
    {
        var target = new Argument<string>("NAME|FILE") { Description = "An environment's name, or a state machine definition file (.json)." };
        var execution = new Option<string?>("--execution") { Description = "The execution ARN to picture (default: the environment's last up or down)." };
        var format = new Option<string>("--format") { Description = "svg, mermaid (flowchart) or dot (Graphviz).", DefaultValueFactory = _ => GraphFormats.Svg };
        format.AcceptOnlyFromAmong(GraphFormats.All);
        var output = new Option<string?>("--output-file", "-o") { Description = "Write to FILE instead of standard output." };
        var backend = new BackendOptions(MachineRole.Both, AwsCommandOptions.BothMachines);
        var command = new Command("graph", "Draw a state machine, or an environment's run coloured by what happened.") { target, execution, format, output };
        backend.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
        {
            var name = parse.GetValue(target)!;
            var arn = parse.GetValue(execution);
            RunPicture? picture;
            if (File.Exists(name))
            {
                picture = new RunPicture(Path.GetFileName(name), await File.ReadAllTextAsync(name, cancellationToken), null);
            }
            else if (backend.IsLocal(parse))
            {
                picture = LocalRunPictures.Find(new EnvironmentRecords(parse.GetValue(backend.Local.StateDir)!), name, arn);
            }
            else
            {
                await using var aws = await backend.OpenAwsAsync(context, parse, null, cancellationToken);
                if (aws is null)
                {
                    return ExitCodes.Invalid;
                }

                arn ??= (await aws.Executions.FindAsync(name, cancellationToken))?.Latest.ExecutionArn;
                picture = arn is null ? null : await FromAwsAsync(aws.Client, name, arn, cancellationToken);
            }

            if (picture is null)
            {
                await context.Stderr.WriteLineAsync($"eksprov: no execution {(arn is null ? "" : arn + " ")}for '{name}'");
                return ExitCodes.Failed;
            }

            var text = picture.Render(parse.GetValue(format)!);
            if (parse.GetValue(output) is { } file)
            {
                await File.WriteAllTextAsync(file, text, cancellationToken);
            }
            else
            {
                await context.Stdout.WriteAsync(text);
            }

            return ExitCodes.Ok;
        });
        return command;
    }

    private static async Task<RunPicture> FromAwsAsync(IStepFunctionsClient client, string name, string executionArn, CancellationToken cancellationToken)
    {
        var execution = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
        var machine = await client.DescribeStateMachineAsync(new DescribeStateMachineRequest { StateMachineArn = execution.StateMachineArn }, cancellationToken);
        var history = await ExecutionFollower.ReadAsync(client, executionArn, cancellationToken);
        return new RunPicture($"{name} {execution.Name}", machine.Definition ?? "{}", history);
    }
}
