using System.CommandLine;
using System.Text.Json;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;

namespace EksProvisioner.Cli.Local;

/// <summary>The options every local-account command shares: --local, --state-dir, --faults, --latency-model.</summary>
internal sealed class LocalCommandOptions
{
    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true };

    public Option<bool> Local { get; } = new("--local") { Description = "Run against the simulated AWS account in this process instead of a deployed stack in AWS." };

    public Option<string> StateDir { get; } = new("--state-dir")
    {
        Description = "Where eksprov keeps its files: the local account and records (--local), and kubeconfigs (STATE/environments/NAME/kubeconfig).",
        DefaultValueFactory = _ => LocalAccountOptions.DefaultStateDirectory,
    };

    public Option<string?> Faults { get; } = new("--faults") { Description = "A JSON file of the simulator's fault rules." };

    public Option<string?> LatencyModel { get; } = new("--latency-model") { Description = "A JSON file overriding the simulator's durations." };

    /// <summary>True when a simulator-only option was given without --local (a usage error).</summary>
    public bool SimulatorOptionsWithoutLocal(ParseResult parse) =>
        !parse.GetValue(Local) && (parse.GetValue(Faults) is not null || parse.GetValue(LatencyModel) is not null);

    public void AddTo(Command command)
    {
        command.Options.Add(Local);
        command.Options.Add(StateDir);
        command.Options.Add(Faults);
        command.Options.Add(LatencyModel);
    }

    /// <summary>The account options (call with --local given), or null after telling stderr what is wrong (exit 2).</summary>
    public async Task<LocalAccountOptions?> ReadAsync(ParseResult parse, string region, TextWriter stderr, CancellationToken cancellationToken)
    {
        try
        {
            var faults = parse.GetValue(Faults) is { } faultsFile
                ? FaultRules.Parse(await File.ReadAllTextAsync(faultsFile, cancellationToken))
                : FaultRules.None;
            var latency = parse.GetValue(LatencyModel) is { } latencyFile
                ? JsonSerializer.Deserialize<LatencyModel>(await File.ReadAllTextAsync(latencyFile, cancellationToken), FileOptions) ?? AwsSimulator.Contracts.LatencyModel.Default
                : AwsSimulator.Contracts.LatencyModel.Default;
            return new LocalAccountOptions { StateDirectory = parse.GetValue(StateDir), Region = region, Faults = faults, Latency = latency };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or ArgumentException)
        {
            await stderr.WriteLineAsync($"eksprov: cannot read the fault or latency file: {e.Message}");
            return null;
        }
    }
}
