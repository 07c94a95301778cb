using System.Runtime.InteropServices;

namespace EksProvisioner.Cli.Commands;

/// <summary>
/// How <c>console</c> and <c>api --local</c> serve: stopped by Ctrl+C or SIGTERM (caught here, as the web
/// host would otherwise swallow the signal), announcing the address tests and scripts wait for.
/// </summary>
internal sealed class Serving : IDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly PosixSignalRegistration _interrupt;
    private readonly PosixSignalRegistration _terminate;

    public Serving(CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, OnSignal);
        _terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, OnSignal);
    }

    /// <summary>Cancelled by the caller's token, Ctrl+C or SIGTERM.</summary>
    public CancellationToken Token => _stop.Token;

    /// <summary>Prints <c>Listening on http://127.0.0.1:N</c> and returns once stopped.</summary>
    public async Task UntilStoppedAsync(CliContext context, Uri endpoint)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(endpoint);
        await context.Stdout.WriteLineAsync($"Listening on {endpoint.GetLeftPart(UriPartial.Authority)}");
        await context.Stdout.FlushAsync(Token);
        var stopped = new TaskCompletionSource();
        await using (Token.Register(stopped.SetResult))
        {
            await stopped.Task;
        }
    }

    public void Dispose()
    {
        _terminate.Dispose();
        _interrupt.Dispose();
        _stop.Dispose();
    }

    private void OnSignal(PosixSignalContext signal)
    {
        signal.Cancel = true;
        _stop.Cancel();
    }
}
