using System.CommandLine;
using EksProvisioner.StepFunctionsLocal.Asl;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov validate-asl FILE</c>: checks an Amazon States Language definition with the local engine's
/// parser. Exit 0 and no output when valid; exit 2 with every problem on stderr, one per line as
/// <c>LOCATION: MESSAGE</c>.
/// </summary>
internal static class ValidateAslCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "State machine definition (*.asl.json)." };
        var command = new Command(
            "validate-asl",
            "Check a state machine definition against the Amazon States Language specification and list every problem. "
            + "SAM placeholders such as ${CreateClusterFunctionArn} are accepted: each is replaced by a dummy Lambda ARN before checking.")
        {
            file,
        };
        command.SetAction((parse, cancellationToken) => RunAsync(context, parse.GetValue(file)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, context.Stderr, cancellationToken);
        if (text is null)
        {
            return ExitCodes.Invalid;
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            await context.Stderr.WriteLineAsync($"eksprov: '{path}' is empty; expected a JSON state machine definition");
            return ExitCodes.Invalid;
        }

        var problems = AslValidator.Validate(AslPlaceholders.Substitute(text));
        foreach (var problem in problems)
        {
            await context.Stderr.WriteLineAsync(problem.ToString());
        }

        return problems.Count == 0 ? ExitCodes.Ok : ExitCodes.Invalid;
    }
}
