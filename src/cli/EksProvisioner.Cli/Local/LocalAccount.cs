using System.Text.Json.Nodes;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// A whole AWS account in this process: the simulated account (EC2, IAM, STS, EKS, Step Functions) on a
/// virtual clock, the local Step Functions engine sharing that clock, every workflow stage registered as
/// an in-process Lambda function whose AWS clients call the simulator, and both state machines created
/// from the deployed definitions with the template's substitutions resolved to the local ARNs.
/// </summary>
public sealed class LocalAccount : IAsyncDisposable
{
    private const string FunctionPrefix = "eksprov-";
    private readonly AwsSimulator.AwsSimulator _simulator;
    private readonly StageClientsHolder _holder;
    private readonly StateDirectoryLock? _lock;

    private LocalAccount(AwsSimulator.AwsSimulator simulator, StepFunctionsEngine engine, LocalAccountOptions options, StageClientsHolder holder, StateDirectoryLock? held)
    {
        _simulator = simulator;
        _lock = held;
        Engine = engine;
        Options = options;
        Api = new StepFunctionsApi(engine);
        _holder = holder;
    }

    public LocalAccountOptions Options { get; }

    public VirtualClock Clock => Engine.Clock;

    public StepFunctionsEngine Engine { get; }

    /// <summary>The Step Functions API of the engine (history, describe), as the SDK would see it.</summary>
    public StepFunctionsApi Api { get; }

    public Uri Endpoint => _simulator.Endpoint;

    public string ProvisionArn { get; private set; } = "";

    public string TeardownArn { get; private set; } = "";

    /// <summary>Both state machines, as the trigger functions and the CLI's AWS code path take them.</summary>
    public StateMachines Machines => new(ProvisionArn, TeardownArn);

    /// <summary>How any AWS client reaches this account: its region, dummy credentials, the simulator's endpoint.</summary>
    /// <summary>The access key (and secret) of the account's one caller, <c>user/local</c> to the simulated STS.</summary>
    public const string CallerKey = "local";

    public AwsClientOptions ClientOptions => ClientOptionsFor(Endpoint, Options.Region);

    /// <summary>Where environment records go; null without a state directory.</summary>
    public EnvironmentRecords? Records => Options.StateDirectory is { } dir ? new EnvironmentRecords(dir) : null;

    /// <summary>
    /// Starts the account; with a state directory, first takes its lock (held until disposed, see
    /// <see cref="StateDirectoryLock"/>), so no other command or server writes the directory meanwhile.
    /// </summary>
    public static async Task<LocalAccount> StartAsync(LocalAccountOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var layout = options.StateDirectory is { } dir ? new StateLayout(dir) : null;
        var held = layout is null ? null : await StateDirectoryLock.OpenAsync(layout, options.Lock, cancellationToken);
        try
        {
            return await StartAsync(options, layout, held, cancellationToken);
        }
        catch
        {
            held?.Dispose();
            throw;
        }
    }

    private static async Task<LocalAccount> StartAsync(LocalAccountOptions options, StateLayout? layout, StateDirectoryLock? held, CancellationToken cancellationToken)
    {
        var clock = new VirtualClock(VirtualClock.DefaultStart);
        var simulator = await AwsSimulator.AwsSimulator.StartAsync(
            new AwsSimulator.AwsSimulatorOptions
            {
                Clock = clock,
                Latency = options.Latency,
                Faults = options.Faults,
                Ec2Quotas = options.Ec2Quotas,
                StateDirectory = layout?.AccountDirectory,
            },
            cancellationToken);
        var engine = new StepFunctionsEngine(clock, Randomizers.Seeded(options.Seed), new StepFunctionsEngineOptions { Region = options.Region });
        simulator.RegisterStepFunctions(new StepFunctionsApi(engine));

        var holder = new StageClientsHolder(() => new StageClients(
            ClientOptionsFor(simulator.Endpoint, options.Region),
            new InvocationTime(clock),
            Randomizers.Seeded(options.Seed + 1))
        {
            Guardrails = options.Guardrails,
        });
        var account = new LocalAccount(simulator, engine, options, holder, held);
        account.RegisterFunctions();
        account.CreateStateMachines();
        return account;
    }

    /// <summary>Every live resource in the account carrying <c>eksprov:environment=<paramref name="environment"/></c>.</summary>
    public async Task<IReadOnlyList<SimulatedResource>> ResourcesAsync(string environment, CancellationToken cancellationToken = default)
    {
        var all = await _simulator.ResourcesAsync(cancellationToken);
        return [.. all.Where(r => r.Tags.TryGetValue("eksprov:environment", out var value) && value == environment)];
    }

    /// <summary>Every live resource in the account.</summary>
    /// <summary>Runs <paramref name="action"/> on the simulated account's load balancers, as a cluster's Kubernetes API does.</summary>
    public Task<T> WithLoadBalancersAsync<T>(Func<IServiceLoadBalancers, T> action, CancellationToken cancellationToken = default) =>
        _simulator.WithLoadBalancersAsync(action, cancellationToken);

    public Task<IReadOnlyList<SimulatedResource>> AllResourcesAsync(CancellationToken cancellationToken = default) =>
        _simulator.ResourcesAsync(cancellationToken);

    public string FunctionArn(string stage) => $"arn:aws:lambda:{Options.Region}:{Engine.Options.AccountId}:function:{FunctionPrefix}{stage}";

    public async ValueTask DisposeAsync()
    {
        await _simulator.DisposeAsync();
        _holder.Dispose();

        // Last: the simulator saved the account on the way out.
        _lock?.Dispose();
    }

    private static AwsClientOptions ClientOptionsFor(Uri endpoint, string region) => new()
    {
        Region = region,
        Credentials = new BasicAWSCredentials(CallerKey, CallerKey),
        EndpointUrl = endpoint,
        EnvironmentVariables = _ => null,
    };

    private void RegisterFunctions()
    {
        // Options.Stages leaves the triggers out: the state machines never invoke them, and locally the CLI calls their services itself.
        var stages = new LambdaStages().AddStages(Options.Stages, new StageHost(_holder.Get, _ => null, TextWriter.Null));
        foreach (var name in stages.Names)
        {
            stages.TryGet(name, out var factory);
            var handler = new Lazy<ILambdaHandler>(factory!);
            var arn = FunctionArn(name);
            Engine.RegisterFunction(FunctionPrefix + name, (payload, cancellationToken) => Invoke(handler.Value, arn, payload, cancellationToken));
        }
    }

    private async Task<JsonNode?> Invoke(ILambdaHandler handler, string arn, JsonNode? payload, CancellationToken cancellationToken)
    {
        if (Options.InvokeStagesTwice)
        {
            _ = await InvokeOnce(handler, arn, payload?.DeepClone(), cancellationToken);
        }

        return await InvokeOnce(handler, arn, payload, cancellationToken);
    }

    private Task<JsonNode?> InvokeOnce(ILambdaHandler handler, string arn, JsonNode? payload, CancellationToken cancellationToken)
    {
        var now = Clock.GetUtcNow();
        var context = new LambdaInvocationContext(
            Ids.Next(), now.AddMinutes(15), arn, null, null, null, Clock);
        return handler.HandleAsync(payload, context, cancellationToken);
    }

    private void CreateStateMachines()
    {
        var role = $"arn:aws:iam::{Engine.Options.AccountId}:role/eksprov-states";
        TeardownArn = Engine.CreateStateMachine(
            Definitions.TeardownMachineName,
            Definitions.Resolve(Definitions.Teardown, Definitions.Placeholders("TeardownStateMachine"), FunctionArn, null),
            role);
        ProvisionArn = Engine.CreateStateMachine(
            Definitions.ProvisionMachineName,
            Definitions.Resolve(Definitions.Provision, Definitions.Placeholders("ProvisionStateMachine"), FunctionArn, TeardownArn),
            role);
    }

    /// <summary>Request ids for in-process invocations; unique within the process, no randomness needed.</summary>
    private static class Ids
    {
        private static long _next;

        public static string Next() => $"local-{Interlocked.Increment(ref _next):D8}";
    }

    /// <summary>Builds the stages' clients once, on first use, and disposes them with the account.</summary>
    private sealed class StageClientsHolder(Func<StageClients> create) : IDisposable
    {
        private readonly Lazy<StageClients> _clients = new(create);

        public StageClients Get() => _clients.Value;

        public void Dispose()
        {
            if (_clients.IsValueCreated)
            {
                _clients.Value.Dispose();
            }
        }
    }
}
