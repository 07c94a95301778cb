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
        if (!context.Interactive)
        {
            // Redirected output has no terminal width; wide enough that tables do not wrap in files and tests.
            console.Profile.Width = 200;
        }

        return console;
    }
}
