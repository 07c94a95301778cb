using System.CommandLine;
using EksProvisioner.Cli.Local;
using EksProvisioner.Cli.Output;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Planning;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov plan FILE [--output table|json] [guardrail flags] [--local [--state-dir DIR]]</c>: validates an environment request and
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
        var local = new LocalCommandOptions();

        var command = new Command("plan", "Validate an environment request and show what it would create, with time and cost estimates.")
        {
            file,
            output,
        };
        guardrails.AddTo(command);
        local.AddTo(command);
        command.SetAction(async (parse, cancellationToken) =>
            await guardrails.ReadAsync(parse, context.Stderr) is { } limits
                ? await RunAsync(context, parse, local, parse.GetValue(file)!, parse.GetValue(output) == "json", limits, cancellationToken)
                : ExitCodes.Invalid);
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string path, bool json, Guardrails guardrails, CancellationToken cancellationToken)
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

        if (await CreatedAtAsync(context, parse, local, request.Region, cancellationToken) is not { } createdAt)
        {
            return ExitCodes.Invalid;
        }

        var plan = ResourcePlanner.Plan(request, createdAt);
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

    /// <summary>
    /// When the environment would be created, which its TTL counts from: with --local the simulated account's
    /// clock, as <c>up --local</c> takes it, so both show the same expiry; else the real clock.
    /// </summary>
    private static async Task<DateTimeOffset?> CreatedAtAsync(CliContext context, ParseResult parse, LocalCommandOptions local, string region, CancellationToken cancellationToken)
    {
        if (!parse.GetValue(local.Local))
        {
            return context.Time.GetUtcNow();
        }

        if (await local.ReadAsync(context, parse, region, cancellationToken) is not { } options)
        {
            return null;
        }

        await using var account = await LocalAccount.StartAsync(options, cancellationToken);
        return account.Clock.GetUtcNow();
    }
}
