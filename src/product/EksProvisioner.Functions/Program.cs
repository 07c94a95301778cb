using System.Runtime.InteropServices;
using EksProvisioner.Aws;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;

// Composition root of the deployable Lambda artifact: one executable assembly, the stage chosen by
// EKSPROV_STAGE. The real clock is passed here explicitly; nothing below reads ambient time.
// Only the running stage's factory is called, so only its clients are ever built.
StageClients Clients() => new(
    new AwsClientOptions(),
    TimeProvider.System,
    // Jitter of the clients' short retries only; a per-process seed keeps concurrent functions apart.
    Randomizers.Seeded(Environment.TickCount ^ Environment.ProcessId),
    StageSettings.FromEnvironment(Environment.GetEnvironmentVariable))
{
    // The stack's parameters, read once here for the functions that validate requests.
    Guardrails = GuardrailVariables.Read(Environment.GetEnvironmentVariable),
};

var stages = new LambdaStages().AddStages(StageTable.All, new StageHost(Clients, Environment.GetEnvironmentVariable, Console.Error));

var options = LambdaRuntimeOptions.FromEnvironment(Environment.GetEnvironmentVariable, TimeProvider.System);
if (options is null)
{
    await Console.Error.WriteLineAsync(
        $"{LambdaRuntimeOptions.RuntimeApiVariable} is not set: this program runs inside AWS Lambda (stages: {string.Join(", ", stages.Names)}).");
    return 2;
}

using var shutdown = new CancellationTokenSource();

// Lambda sends SIGTERM before it shuts an execution environment down; stop polling cleanly.
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    shutdown.Cancel();
});

var runtime = new LambdaRuntime(options with { Log = Console.Error }, stages);
return await runtime.RunAsync(shutdown.Token);
