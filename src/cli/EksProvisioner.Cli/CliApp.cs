using System.CommandLine;
using EksProvisioner.Cli.Commands;
using EksProvisioner.Core.Time;

namespace EksProvisioner.Cli;

/// <summary>
/// The eksprov command line, runnable in-process: Program.cs and the tests both call
/// <see cref="RunAsync(string[], TextWriter, TextWriter, TimeProvider, Randomizer, Func{string, string}, CancellationToken)"/>.
/// Add a command by adding a file under Commands/ and one line in <see cref="BuildRoot"/>.
/// </summary>
public static class CliApp
{
    /// <summary>
    /// Runs eksprov with <paramref name="args"/>; returns the process exit code (see <see cref="ExitCodes"/>).
    /// The randomizer is a fixed seed: retry jitter in tests is reproducible.
    /// </summary>
    public static Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Func<string, string?> environment, CancellationToken cancellationToken) =>
        RunAsync(args, stdout, stderr, time, Randomizers.Seeded(0), environment, cancellationToken);

    /// <summary>
    /// Runs eksprov with the clock every command reads (plan times, waits, retries: <paramref name="time"/>),
    /// the randomizer of retry jitter (<paramref name="random"/>, values in [0, 1)) and environment variables
    /// read through <paramref name="environment"/> instead of the process's.
    /// </summary>
    public static async Task<int> RunAsync(
        string[] args, TextWriter stdout, TextWriter stderr, TimeProvider time, Randomizer random, Func<string, string?> environment, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(environment);
        ArgumentNullException.ThrowIfNull(random);
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var context = new CliContext(stdout, stderr, time, random, IsInteractive(stdout), environment, args.Contains(VerboseOption.Name));

        // "eksprov help [COMMAND]" is what people type first; it is the command's --help.
        if (args is ["help", .. var topic])
        {
            args = [.. topic, "--help"];
        }

        var parse = BuildRoot(context).Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await stderr.WriteLineAsync("eksprov: " + error.Message);
            }

            await stderr.WriteLineAsync("Run 'eksprov --help' for usage.");
            return ExitCodes.Invalid;
        }

        // AWS failures end any command the same way (AwsFailures); other unexpected exceptions are bugs:
        // let them surface rather than print a generic message.
        try
        {
            return await parse.InvokeAsync(
                new InvocationConfiguration { Output = stdout, Error = stderr, EnableDefaultExceptionHandler = false },
                cancellationToken);
        }
        catch (Exception e) when (Backends.AwsFailures.Is(e))
        {
            return await Backends.AwsFailures.ReportAsync(context, e);
        }
        catch (Local.StateDirectoryException e)
        {
            await stderr.WriteLineAsync("eksprov: " + e.Message);
            return e.InUse ? ExitCodes.Failed : ExitCodes.Invalid;
        }
    }

    /// <summary>Read before parsing (the context is built first); declared so that every command accepts it.</summary>
    private static Option<bool> VerboseOption { get; } = new("--verbose") { Description = "Show raw error causes and stack traces.", Recursive = true };

    private static RootCommand BuildRoot(CliContext context)
    {
        var root = new RootCommand("EksProvisioner: create and tear down Amazon EKS environments on demand.");
        root.Options.Add(VerboseOption);
        root.Subcommands.Add(PlanCommand.Create(context));
        root.Subcommands.Add(UpCommand.Create(context));
        root.Subcommands.Add(DownCommand.Create(context));
        root.Subcommands.Add(StatusCommand.Create(context));
        root.Subcommands.Add(ListCommand.Create(context));
        root.Subcommands.Add(HistoryCommand.Create(context));
        root.Subcommands.Add(ValidateAslCommand.Create(context));
        root.Subcommands.Add(SimulatorCommand.Create(context));
        root.Subcommands.Add(ApiCommand.Create(context));
        root.Subcommands.Add(GraphCommand.Create(context));
        root.Subcommands.Add(ConsoleCommand.Create(context));
        return root;
    }

    /// <summary>Colours and box drawing only on a real terminal; tests and pipes get plain text.</summary>
    private static bool IsInteractive(TextWriter stdout) =>
        ReferenceEquals(stdout, Console.Out) && !Console.IsOutputRedirected;
}
