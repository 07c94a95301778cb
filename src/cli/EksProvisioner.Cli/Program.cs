using System.Runtime.InteropServices;
using EksProvisioner.Cli;

// The composition root, the only place that reads the wall clock and real randomness; everything below
// gets them from here (the CLI is under BannedSymbols.txt like the rest of the product).
// Ctrl+C and SIGTERM cancel the command's token instead of killing the process: up and down --local
// then stop their execution (ABORTED) and say what is left; in AWS they stop waiting.
using var interrupted = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    e.Cancel = true;
    interrupted.Cancel();
};
using var terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    interrupted.Cancel();
});
#pragma warning disable RS0030, CA5394 // Random.Shared: retry jitter and engine jitter only, never security.
return await CliApp.RunAsync(args, Console.Out, Console.Error, TimeProvider.System, Random.Shared.NextDouble, Environment.GetEnvironmentVariable, interrupted.Token);
#pragma warning restore RS0030, CA5394
