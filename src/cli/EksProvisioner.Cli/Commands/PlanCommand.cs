using System.CommandLine;
using EksProvisioner.Cli.Output;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov plan FILE [--output table|json]</c>: validates an environment request and shows the
/// defaulted request, the resources it would create and the estimates. Exit 0 when valid, 2 otherwise
/// with every problem on stderr, one per line.
/// </summary>
internal static class PlanCommand
{
    public static Command Create(CliContext context)
    {
        var file = new Argument<string>("FILE") { Description = "Environment request JSON file." };
        var output = new Option<string>("--output", "-o")
        {
            Description = "Output format: table (for people) or json (one JSON object).",
            DefaultValueFactory = _ => "table",
        };
        output.AcceptOnlyFromAmong("table", "json");

        var command = new Command("plan", "Validate an environment request and show what it would create, with time and cost estimates.")
        {
            file,
            output,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(file)!, parse.GetValue(output) == "json", cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, bool json, CancellationToken cancellationToken)
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

        var plan = ResourcePlanner.Plan(request, context.Time.GetUtcNow());
        if (json)
        {
            await context.Stdout.WriteLineAsync(PlanJson.Render(request, plan));
        }
        else
        {
            PlanTables.Render(request, plan, context);
        }

        return ExitCodes.Ok;
    }
}
