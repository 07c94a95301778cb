using System.Text.Json;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.AwsSimulator.Persistence;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Hosting;

/// <summary>The standalone simulator: options from files, a clock in the chosen mode, serve until cancelled.</summary>
internal static class SimulatorHost
{
    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true };

    public static async Task RunAsync(SimulatorHostOptions options, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(output);
        var latency = options.LatencyModelFile is null
            ? LatencyModel.Default
            : JsonSerializer.Deserialize<LatencyModel>(await File.ReadAllTextAsync(options.LatencyModelFile, cancellationToken), FileOptions) ?? LatencyModel.Default;
        var faults = options.FaultsFile is null
            ? FaultRules.None
            : FaultRules.Parse(await File.ReadAllTextAsync(options.FaultsFile, cancellationToken));

        var simulator = await AwsSimulator.StartAsync(
            new AwsSimulatorOptions
            {
                Port = options.Port,
                Clock = options.Clock.CreateClock(options.WallClock, StartTime(options)),
                Latency = latency,
                Faults = faults,
                StateDirectory = options.StateDirectory,
                Services = options.Services,
            },
            cancellationToken);
        await using (simulator)
        {
            await output.WriteLineAsync($"Listening on {simulator.Endpoint.GetLeftPart(UriPartial.Authority)}");
            await output.FlushAsync(cancellationToken);
            var stopped = new TaskCompletionSource();
            await using (cancellationToken.Register(stopped.SetResult))
            {
                await stopped.Task;
            }
        }
    }

    /// <summary>
    /// A virtual clock starts at the fixed default (or the persisted time, which the account restores);
    /// a realtime one at the wall clock's now, or later when the persisted account got ahead of it.
    /// </summary>
    private static DateTimeOffset StartTime(SimulatorHostOptions options)
    {
        if (!options.Clock.Realtime)
        {
            return VirtualClock.DefaultStart;
        }

        var now = options.WallClock.GetUtcNow();
        var saved = options.StateDirectory is null ? null : new StateStore(options.StateDirectory).Load();
        return saved is not null && saved.Clock > now ? saved.Clock : now;
    }
}
