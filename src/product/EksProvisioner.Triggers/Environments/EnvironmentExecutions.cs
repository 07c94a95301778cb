using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Naming;

namespace EksProvisioner.Triggers.Environments;

/// <summary>
/// Environments as the deployed state machines know them: starting provisioning and teardown exactly
/// once per execution name, and finding an environment's newest executions by the
/// <see cref="ExecutionNames"/> convention. The webhook, the reaper and the CLI against AWS share it,
/// so there is no second record of environments to drift from Step Functions.
/// </summary>
public sealed class EnvironmentExecutions(IStepFunctionsClient client, StateMachines machines)
{
    public StateMachines Machines { get; } = machines ?? throw new ArgumentNullException(nameof(machines));

    /// <summary>
    /// Starts provisioning with <paramref name="input"/> (an environment request) unless an execution named
    /// <paramref name="executionName"/> exists already; then that one is answered with IsNew = false.
    /// </summary>
    public Task<ExecutionStart> StartProvisionAsync(string input, string executionName, CancellationToken cancellationToken = default) =>
        StartOnceAsync(Machines.ProvisionArn, input, executionName, cancellationToken);

    /// <summary>
    /// Starts provisioning <paramref name="request"/> with <see cref="ProvisionInput"/> as input, unless an
    /// execution named <paramref name="executionName"/> exists already (answered with IsNew = false).
    /// </summary>
    public Task<ExecutionStart> StartProvisionAsync(EnvironmentRequest request, string executionName, CancellationToken cancellationToken = default) =>
        StartProvisionAsync(ProvisionInput(request), executionName, cancellationToken);

    /// <summary>
    /// The input a triggered provisioning starts with: the defaulted request, so every later reader (GET,
    /// DELETE, the reaper, status) finds the region and the rest in it even when the sender left them out.
    /// </summary>
    public static string ProvisionInput(EnvironmentRequest request) => EnvironmentRequests.ToJson(request, indented: false);

    /// <summary>
    /// Starts the teardown of <paramref name="environmentName"/> unless one is running (answered with
    /// IsNew = false, whatever its name) or an execution named <paramref name="executionName"/> exists.
    /// </summary>
    public async Task<ExecutionStart> StartTeardownAsync(string environmentName, string region, string executionName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(region);
        var running = (await NewestAsync(Machines.TeardownArn, environmentName, cancellationToken)) is { IsRunning: true } r ? r : null;
        if (running is not null)
        {
            return new ExecutionStart(running.ExecutionArn, running.Name, running.StartDate, IsNew: false);
        }

        var input = new JsonObject { ["environmentName"] = environmentName, ["region"] = region }.ToJsonString();
        return await StartOnceAsync(Machines.TeardownArn, input, executionName, cancellationToken);
    }

    /// <summary>
    /// The status of an existing environment that a new provisioning named <paramref name="executionName"/>
    /// must not start over (<see cref="ExistingEnvironment.Blocks"/>); null when it may start, including when
    /// that execution exists already (a duplicate delivery, which the start answers with the existing one).
    /// Two different starts racing each other can both pass this check: it narrows, not closes, that window.
    /// </summary>
    public async Task<EnvironmentStatus?> BlockingAsync(string environmentName, string executionName, CancellationToken cancellationToken = default)
    {
        if (await TryDescribeAsync(StateMachines.ExecutionArn(Machines.ProvisionArn, executionName), cancellationToken) is not null)
        {
            return null;
        }

        return await FindAsync(environmentName, cancellationToken) is { } status && ExistingEnvironment.Blocks(status.Phase) ? status : null;
    }

    /// <summary>
    /// The request the environment was provisioned with: its newest provisioning execution's input,
    /// which is the defaulted request (see <see cref="ProvisionInput"/>); null without one. Day-2
    /// updates compare a new request with it.
    /// </summary>
    public async Task<EnvironmentRequest?> RecordedRequestAsync(EnvironmentStatus status, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(status);
        return status.Provision is { } provision && (await TryDescribeAsync(provision.ExecutionArn, cancellationToken))?.Input is { } input
            ? EnvironmentRequests.Parse(input)
            : null;
    }

    /// <summary>The environment's newest executions, described; null when it has none.</summary>
    public async Task<EnvironmentStatus?> FindAsync(string environmentName, CancellationToken cancellationToken = default)
    {
        var provision = await NewestAsync(Machines.ProvisionArn, environmentName, cancellationToken);
        var teardown = await NewestAsync(Machines.TeardownArn, environmentName, cancellationToken);
        if (provision is null && teardown is null)
        {
            return null;
        }

        var status = Status(environmentName, provision, teardown);
        var latest = await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = status.Latest.ExecutionArn }, cancellationToken);
        return status with
        {
            Region = RegionOf(latest.Input) ?? await RegionOfAsync(provision, cancellationToken),
            Output = latest.Output,
            Error = latest.Error,
            Cause = latest.Cause,
        };
    }

    /// <summary>Every environment with an execution on either machine, by name (without region or output).</summary>
    public async Task<IReadOnlyList<EnvironmentStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var provisions = await NewestByEnvironmentAsync(Machines.ProvisionArn, cancellationToken);
        var teardowns = await NewestByEnvironmentAsync(Machines.TeardownArn, cancellationToken);
        return [.. provisions.Keys.Union(teardowns.Keys)
            .Order(StringComparer.Ordinal)
            .Select(name => Status(name, provisions.GetValueOrDefault(name), teardowns.GetValueOrDefault(name)))];
    }

    /// <summary>Every execution of <paramref name="environmentName"/> on both machines, newest first.</summary>
    public async Task<IReadOnlyList<ExecutionSummary>> ExecutionsAsync(string environmentName, CancellationToken cancellationToken = default)
    {
        var all = new List<ExecutionSummary>();
        foreach (var machine in new[] { Machines.ProvisionArn, Machines.TeardownArn })
        {
            await foreach (var item in client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = machine }, cancellationToken))
            {
                if (item.Name is { } name && ExecutionNames.EnvironmentOf(name) == environmentName)
                {
                    all.Add(Summary(item));
                }
            }
        }

        return [.. all.OrderByDescending(e => e.StartDate)];
    }

    /// <summary>The phase rule: the newer of the two executions decides (a teardown wins a tie).</summary>
    public static EnvironmentStatus Status(string name, ExecutionSummary? provision, ExecutionSummary? teardown)
    {
        if (provision is null && teardown is null)
        {
            throw new ArgumentException("An environment status needs at least one execution.", nameof(provision));
        }

        var status = new EnvironmentStatus(name, EnvironmentPhase.Ready, provision, teardown);
        var latest = status.Latest;
        var phase = ReferenceEquals(latest, teardown)
            ? latest.IsRunning ? EnvironmentPhase.TearingDown : latest.Succeeded ? EnvironmentPhase.Deleted : EnvironmentPhase.TeardownFailed
            : latest.IsRunning ? EnvironmentPhase.Provisioning : latest.Succeeded ? EnvironmentPhase.Ready : EnvironmentPhase.ProvisionFailed;
        return status with { Phase = phase };
    }

    private async Task<ExecutionStart> StartOnceAsync(string machineArn, string input, string executionName, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(input);
        ArgumentException.ThrowIfNullOrEmpty(executionName);
        var arn = StateMachines.ExecutionArn(machineArn, executionName);
        if (await TryDescribeAsync(arn, cancellationToken) is { } existing)
        {
            return Existing(existing, executionName);
        }

        try
        {
            var started = await client.StartExecutionAsync(
                new StartExecutionRequest { StateMachineArn = machineArn, Name = executionName, Input = input }, cancellationToken);
            return new ExecutionStart(started.ExecutionArn ?? arn, executionName, started.StartDate ?? default, IsNew: true);
        }
        catch (AwsResourceAlreadyExistsException)
        {
            // Lost a race with a concurrent delivery of the same name: theirs is the one.
            return Existing(await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = arn }, cancellationToken), executionName);
        }
    }

    private async Task<DescribeExecutionResponse?> TryDescribeAsync(string executionArn, CancellationToken cancellationToken)
    {
        try
        {
            return await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = executionArn }, cancellationToken);
        }
        catch (AwsResourceNotFoundException)
        {
            return null;
        }
    }

    private async Task<ExecutionSummary?> NewestAsync(string machineArn, string environmentName, CancellationToken cancellationToken)
    {
        ExecutionSummary? newest = null;
        await foreach (var item in client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = machineArn }, cancellationToken))
        {
            if (item.Name is { } name && ExecutionNames.EnvironmentOf(name) == environmentName
                && (newest is null || item.StartDate > newest.StartDate))
            {
                newest = Summary(item);
            }
        }

        return newest;
    }

    private async Task<Dictionary<string, ExecutionSummary>> NewestByEnvironmentAsync(string machineArn, CancellationToken cancellationToken)
    {
        var newest = new Dictionary<string, ExecutionSummary>(StringComparer.Ordinal);
        await foreach (var item in client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = machineArn }, cancellationToken))
        {
            if (item.Name is { } name && ExecutionNames.EnvironmentOf(name) is { } environment
                && (!newest.TryGetValue(environment, out var seen) || item.StartDate > seen.StartDate))
            {
                newest[environment] = Summary(item);
            }
        }

        return newest;
    }

    private async Task<string?> RegionOfAsync(ExecutionSummary? execution, CancellationToken cancellationToken) =>
        execution is null
            ? null
            : RegionOf((await client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = execution.ExecutionArn }, cancellationToken)).Input);

    private static string? RegionOf(string? input)
    {
        try
        {
            var node = input is null ? null : JsonNode.Parse(input);
            if (node?["region"] is JsonValue value && value.TryGetValue<string>(out var region))
            {
                return region;
            }

            // A provisioning input may leave the region to the contract's default.
            return node?["name"] is not null ? EnvironmentRequests.Validate(node).Request?.Region : null;
        }
        catch (Exception e) when (e is System.Text.Json.JsonException or InvalidOperationException or FormatException)
        {
            // Inputs are ours and always JSON objects; a hand-started execution may carry anything.
            return null;
        }
    }

    private static ExecutionStart Existing(DescribeExecutionResponse existing, string name) =>
        new(existing.ExecutionArn ?? "", existing.Name ?? name, existing.StartDate ?? default, IsNew: false);

    private static ExecutionSummary Summary(ExecutionListItem item) =>
        new(item.ExecutionArn ?? "", item.Name ?? "", item.Status ?? "", item.StartDate ?? default, item.StopDate);
}
