using System.CommandLine;
using EksProvisioner.Cli.Output;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov plan FILE [--output table|json] [guardrail flags]</c>: validates an environment request and
/// shows the defaulted request, the resources it would create, the estimates and the guardrail verdict.
/// Exit 0 when valid, 2 otherwise (a guardrail exceeded included) with every problem on stderr, one per line.
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
        var guardrails = new GuardrailOptions();

        var command = new Command("plan", "Validate an environment request and show what it would create, with time and cost estimates.")
        {
            file,
            output,
        };
        guardrails.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
            await guardrails.ReadAsync(parse, context.Stderr) is { } limits
                ? await RunAsync(context, parse.GetValue(file)!, parse.GetValue(output) == "json", limits, cancellationToken)
                : ExitCodes.Invalid);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, string path, bool json, Guardrails guardrails, CancellationToken cancellationToken)
    {
        var text = await RequestFile.ReadAsync(path, context.Stderr, cancellationToken);
        if (text is null)
        {
            return ExitCodes.Invalid;
        }

        var validation = EnvironmentRequests.Validate(text, guardrails);
        if (validation.Request is not { } request)
        {
            foreach (var problem in validation.Problems)
            {
                await context.Stderr.WriteLineAsync(problem);
            }

            return ExitCodes.Invalid;
        }

        var plan = ResourcePlanner.Plan(request, context.Time.GetUtcNow());
        var verdict = guardrails.Evaluate(request);
        if (json)
        {
            await context.Stdout.WriteLineAsync(PlanJson.Render(request, plan, verdict));
        }
        else
        {
            PlanTables.Render(request, plan, verdict, context);
        }

        return ExitCodes.Ok;
    }
}
