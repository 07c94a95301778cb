using System.CommandLine;
using EksProvisioner.Cli.Local;
using EksProvisioner.Cli.WebConsole;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// <c>eksprov console --local [--port N] [--state-dir DIR]</c>: serves the read-only local console
/// (<see cref="ConsoleServer"/>) on 127.0.0.1 until Ctrl+C, printing <c>Listening on http://127.0.0.1:N</c>
/// once ready. It reads the state directory without taking its lock, so up and down run beside it.
/// Without --local, or when the port is taken: exit 2.
/// </summary>
internal static class ConsoleCommand
{
    public static Command Create(CliContext context)
    {
        var port = new Option<int>("--port") { HelpName = "N", Description = "Loopback port; 0 (default) picks a free one." };
        port.Validators.Add(r =>
        {
            if (r.GetValue(port) is < 0 or > 65535)
            {
                r.AddError("--port must be between 0 and 65535.");
            }
        });
        var local = new LocalCommandOptions();
        var command = new Command("console", "Serve a read-only web page of the local environments, their runs and graphs on a loopback port.")
        {
            port, local.Local, local.StateDir,
        };
        command.SetAction((parse, cancellationToken) =>
            RunAsync(context, parse.GetValue(local.Local), parse.GetValue(port), parse.GetValue(local.StateDir)!, cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliContext context, bool isLocal, int port, string stateDir, CancellationToken cancellationToken)
    {
        if (!isLocal)
        {
            await context.Stderr.WriteLineAsync("eksprov: console serves the local state directory only: add --local (in AWS, use the Step Functions console).");
            return ExitCodes.Invalid;
        }

        using var stop = new Serving(cancellationToken);
        ConsoleServer server;
        try
        {
            server = await ConsoleServer.StartAsync(port, stateDir, stop.Token);
        }
        catch (IOException e)
        {
            await context.Stderr.WriteLineAsync($"eksprov: cannot serve on 127.0.0.1:{port}: {e.Message}");
            return ExitCodes.Invalid;
        }

        await using (server)
        {
            await stop.UntilStoppedAsync(context, server.Endpoint);
        }

        return ExitCodes.Ok;
    }
}
