using System.Globalization;
using Spectre.Console;

namespace EksProvisioner.Cli.Output;

/// <summary>Spectre consoles over the command's writers: plain ASCII-safe text unless on a real terminal.</summary>
internal static class Consoles
{
    public static IAnsiConsole For(CliContext context)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = context.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = context.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(context.Stdout),
        });

        // COLUMNS wins, as for other terminal tools; redirected output has no width, so wide enough not to wrap.
        console.Profile.Width = Columns(context) ?? (context.Interactive ? console.Profile.Width : 200);
        return console;
    }

    /// <summary>A live console on stderr when it is a terminal (progress of up and down), else null: plain lines then.</summary>
    public static IAnsiConsole? ForProgress(CliContext context)
    {
        if (!ReferenceEquals(context.Stderr, Console.Error) || Console.IsErrorRedirected || context.Environment("TERM") is null or "dumb")
        {
            return null;
        }

        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            ColorSystem = ColorSystemSupport.Detect,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(Console.Error),
        });
        if (Columns(context) is { } width)
        {
            console.Profile.Width = width;
        }

        return console;
    }

    private static int? Columns(CliContext context) =>
        int.TryParse(context.Environment("COLUMNS"), NumberStyles.None, CultureInfo.InvariantCulture, out var columns) && columns > 0 ? columns : null;
}
