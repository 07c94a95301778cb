using System.CommandLine;
using System.Text.Json;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;

namespace EksProvisioner.Cli.Local;

/// <summary>The options every local-account command shares: --local, --state-dir, --faults, --latency-model.</summary>
internal sealed class LocalCommandOptions
{
    private static readonly JsonSerializerOptions FileOptions = new() { PropertyNameCaseInsensitive = true };

    /// <summary>How long a short command waits for another that holds the state directory (a local up takes seconds).</summary>
    public static readonly TimeSpan CommandLockWait = TimeSpan.FromSeconds(60);

    /// <summary>A server waits only briefly: what holds the directory then is a short command or another server.</summary>
    public static readonly TimeSpan ServerLockWait = TimeSpan.FromSeconds(5);

    /// <summary>How <paramref name="command"/> takes the state directory: servers (api, simulator) hold it until stopped, so nobody waits for them.</summary>
    public static StateLockOptions LockFor(CliContext context, string command)
    {
        ArgumentNullException.ThrowIfNull(context);
        var server = command is "api" or "simulator";
        return new StateLockOptions { Command = command, Server = server, Wait = server ? ServerLockWait : CommandLockWait, Clock = context.Time, Notices = context.Stderr };
    }

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

    /// <summary>
    /// The account options (call with --local given), or null after telling stderr what is wrong (exit 2).
    /// The state directory's lock names this command; a server holds it until stopped, so nobody waits for it.
    /// </summary>
    public async Task<LocalAccountOptions?> ReadAsync(CliContext context, ParseResult parse, string region, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(parse);
        var stderr = context.Stderr;
        try
        {
            var faults = parse.GetValue(Faults) is { } faultsFile
                ? FaultRules.Parse(await File.ReadAllTextAsync(faultsFile, cancellationToken))
                : FaultRules.None;
            var latency = parse.GetValue(LatencyModel) is { } latencyFile
                ? JsonSerializer.Deserialize<LatencyModel>(await File.ReadAllTextAsync(latencyFile, cancellationToken), FileOptions) ?? AwsSimulator.Contracts.LatencyModel.Default
                : AwsSimulator.Contracts.LatencyModel.Default;
            return new LocalAccountOptions
            {
                StateDirectory = parse.GetValue(StateDir),
                Region = region,
                Faults = faults,
                Latency = latency,
                Lock = LockFor(context, parse.CommandResult.Command.Name),
            };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException or FormatException or ArgumentException)
        {
            await stderr.WriteLineAsync($"eksprov: cannot read the fault or latency file: {e.Message}");
            return null;
        }
    }
}
