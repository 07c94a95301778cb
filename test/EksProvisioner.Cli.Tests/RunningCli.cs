namespace EksProvisioner.Cli.Tests;

/// <summary>
/// A long-running eksprov command (the simulator) started in-process: ready once it printed its
/// "Listening on" line, stopped by cancelling its token.
/// </summary>
internal sealed class RunningCli : IAsyncDisposable
{
    private readonly CancellationTokenSource _stop;
    private readonly Task<int> _run;

    private RunningCli(CancellationTokenSource stop, Task<int> run, Uri endpoint, StringWriter stderr)
    {
        _stop = stop;
        _run = run;
        Endpoint = endpoint;
        Stderr = stderr;
    }

    public Uri Endpoint { get; }

    public StringWriter Stderr { get; }

    public static Task<RunningCli> StartAsync(params string[] args) => StartAsync(new Dictionary<string, string>(), args);

    /// <summary>As above with <paramref name="environment"/> as the command's environment variables.</summary>
    public static async Task<RunningCli> StartAsync(IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var stdout = new LineSignallingWriter("Listening on ");
        var stderr = new StringWriter();
        var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var run = CliApp.RunAsync(args, stdout, stderr, TimeProvider.System, name => environment.GetValueOrDefault(name), stop.Token);

        // A guard, not a sleep: the line normally arrives in milliseconds.
        var first = await Task.WhenAny(stdout.Line, run).WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        if (first == run)
        {
            stop.Dispose();
            Assert.Fail($"eksprov {string.Join(' ', args)} ended with {await run} before listening: {stderr}");
        }

        var line = await stdout.Line;
        return new RunningCli(stop, run, new Uri(line["Listening on ".Length..]), stderr);
    }

    /// <summary>Cancels the command (as Ctrl+C does) and answers its exit code.</summary>
    public async Task<int> StopAsync()
    {
        await _stop.CancelAsync();
        return await _run;
    }

    public async ValueTask DisposeAsync()
    {
        if (!_run.IsCompleted)
        {
            await StopAsync();
        }

        _stop.Dispose();
    }
}
