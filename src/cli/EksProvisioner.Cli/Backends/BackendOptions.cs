using System.CommandLine;
using EksProvisioner.Cli.Local;

namespace EksProvisioner.Cli.Backends;

/// <summary>The options choosing and configuring a backend: --local and its options, or the AWS ones.</summary>
internal sealed class BackendOptions(MachineRole role, string stateMachineDescription)
{
    public LocalCommandOptions Local { get; } = new();

    public AwsCommandOptions Aws { get; } = new(stateMachineDescription);

    public void AddTo(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        Local.AddTo(command);
        Aws.AddTo(command);
    }

    public bool IsLocal(ParseResult parse) => parse.GetValue(Local.Local);

    /// <summary>
    /// Opens the local account (in <paramref name="localRegion"/>) or the deployed stack (region from the
    /// AWS chain, after <paramref name="awsRegionFallback"/>); null after telling stderr why not (exit 2).
    /// <paramref name="guardrails"/> is what the local account's ValidateRequest stage applies; a deployed stack has its own parameters.
    /// </summary>
    public async Task<IEnvironmentBackend?> OpenAsync(
        CliContext context, ParseResult parse, string localRegion, string? awsRegionFallback, CancellationToken cancellationToken, Core.Contract.Guardrails? guardrails = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (IsLocal(parse))
        {
            return await Local.ReadAsync(context, parse, localRegion, cancellationToken) is { } options
                ? await LocalBackend.StartAsync(options with { Guardrails = guardrails ?? options.Guardrails }, context.Time, cancellationToken)
                : null;
        }

        return await OpenAwsAsync(context, parse, awsRegionFallback, cancellationToken);
    }

    /// <summary>The deployed stack only; null after telling stderr why not (exit 2).</summary>
    public async Task<AwsBackend?> OpenAwsAsync(CliContext context, ParseResult parse, string? awsRegionFallback, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Local.SimulatorOptionsWithoutLocal(parse))
        {
            await context.Stderr.WriteLineAsync("eksprov: --faults and --latency-model apply to the simulated account only; add --local.");
            return null;
        }

        // An AWS failure while finding the machines propagates: CliApp reports it with its own exit code, not as usage.
        return await AwsBackend.OpenAsync(context, parse, Aws, awsRegionFallback, role, parse.GetValue(Local.StateDir)!, cancellationToken);
    }
}
