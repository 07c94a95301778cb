using System.Collections.Concurrent;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Asl;
using EksProvisioner.StepFunctionsLocal.Execution;
using EksProvisioner.StepFunctionsLocal.Lambda;
using EksProvisioner.StepFunctionsLocal.Mocks;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.StepFunctionsLocal;

/// <summary>
/// The local Step Functions engine: state machines and executions of one simulated account, run as async flows on
/// a <see cref="VirtualClock"/>. Time jumps to the next due event only while every running execution is parked on
/// the clock (see <c>VirtualTimeScheduler</c>); StartExecution returns at once and the execution proceeds on its own.
/// </summary>
public sealed partial class StepFunctionsEngine
{
    private readonly ConcurrentDictionary<string, StateMachineRecord> _machines = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ExecutionRecord> _executions = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();
    private readonly Interpreter _interpreter;
    private long _sequence;

    public StepFunctionsEngine(VirtualClock clock, Randomizer randomizer, StepFunctionsEngineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(clock);
        ArgumentNullException.ThrowIfNull(randomizer);
        Clock = clock;
        Randomizer = randomizer;
        Options = options ?? new StepFunctionsEngineOptions();
        Functions = Options.Functions ?? new LambdaFunctionRegistry();
        MockConfig = Options.MockConfig;
        Scheduler = new VirtualTimeScheduler(clock);
        _interpreter = new Interpreter(this);
    }

    public VirtualClock Clock { get; }

    public Randomizer Randomizer { get; }

    public StepFunctionsEngineOptions Options { get; }

    /// <summary>Where Task resources resolve to in-process functions.</summary>
    public ILambdaFunctionRegistry Functions { get; }

    /// <summary>Mocked responses for executions started with <c>stateMachineArn#TestCase</c>.</summary>
    public MockConfig? MockConfig { get; set; }

    internal VirtualTimeScheduler Scheduler { get; }

    internal IEnumerable<StateMachineRecord> Machines => _machines.Values;

    internal IEnumerable<ExecutionRecord> Executions => _executions.Values;

    /// <summary>Registers a function in the default registry (when <see cref="Functions"/> is a <see cref="LambdaFunctionRegistry"/>).</summary>
    public void RegisterFunction(string name, LambdaFunction function) =>
        (Functions as LambdaFunctionRegistry ?? throw new InvalidOperationException("Functions is a custom registry; register there")).Register(name, function);

    /// <summary>
    /// Parks the calling in-process flow (for example a simulated service's latency) on virtual time, so the clock
    /// may move past it when everything else is parked too. Call only from code running inside an execution.
    /// </summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken) => Scheduler.DelayAsync(delay, cancellationToken);

    /// <summary>Creates a state machine (idempotent for an identical definition and role); answers its ARN.</summary>
    public string CreateStateMachine(string name, string definition, string? roleArn = null, string type = "STANDARD")
    {
        Names.Check(name, "state machine");
        var parsed = Parse(definition);
        var arn = $"arn:aws:states:{Options.Region}:{Options.AccountId}:stateMachine:{name}";
        var role = roleArn ?? $"arn:aws:iam::{Options.AccountId}:role/StepFunctionsLocalRole";
        lock (_gate)
        {
            if (_machines.TryGetValue(arn, out var existing))
            {
                return existing.Definition == definition && existing.RoleArn == role
                    ? arn
                    : throw new StepFunctionsApiException("StateMachineAlreadyExists", $"State Machine Already Exists: '{arn}'");
            }

            _machines[arn] = new StateMachineRecord(arn, name, definition, parsed, role, type, Clock.GetUtcNow(), null, Ids.Uuid(Randomizer));
        }

        return arn;
    }

    public void UpdateStateMachine(string stateMachineArn, string? definition, string? roleArn)
    {
        var machine = Machine(stateMachineArn);
        var parsed = definition is null ? machine.Parsed : Parse(definition);
        _machines[machine.Arn] = machine with
        {
            Definition = definition ?? machine.Definition,
            Parsed = parsed,
            RoleArn = roleArn ?? machine.RoleArn,
            UpdateDate = Clock.GetUtcNow(),
            RevisionId = Ids.Uuid(Randomizer),
        };
    }

    public void DeleteStateMachine(string stateMachineArn) => _machines.TryRemove(stateMachineArn, out _);

    /// <summary>
    /// Starts an execution and answers its ARN at once. <paramref name="stateMachineArn"/> may end with
    /// <c>#TestCase</c> to use mocked responses. The same name with the same input while running answers the
    /// running execution; otherwise a reused name is ExecutionAlreadyExists.
    /// </summary>
    public string StartExecution(string stateMachineArn, string? input = null, string? name = null)
    {
        var execution = CreateExecution(stateMachineArn, input ?? "{}", name, out var isNew);
        if (isNew)
        {
            ScheduleTimeout(execution);
            Launch(execution);
        }

        return execution.Arn;
    }

    /// <summary>Waits until the execution ends (time moves as the scheduler allows) and answers its outcome.</summary>
    public async Task<ExecutionResult> WaitForExecutionAsync(string executionArn, CancellationToken cancellationToken = default) =>
        await Execution(executionArn).Completion.Task.WaitAsync(cancellationToken);

    /// <summary>Starts an execution and waits for its outcome.</summary>
    public Task<ExecutionResult> RunExecutionAsync(string stateMachineArn, string? input = null, string? name = null, CancellationToken cancellationToken = default) =>
        WaitForExecutionAsync(StartExecution(stateMachineArn, input, name), cancellationToken);

    public ExecutionResult DescribeExecution(string executionArn) => Execution(executionArn).ToResult();

    /// <summary>Stops a running execution (ABORTED), as StopExecution does.</summary>
    public void StopExecution(string executionArn, string? error = null, string? cause = null) =>
        Stop(Execution(executionArn), ExecutionStatus.Aborted, error, cause);

    private StateMachineDefinition Parse(string definition)
    {
        var result = AslParser.Parse(definition);
        return result.Definition ?? throw new StepFunctionsApiException("InvalidDefinition", "Invalid State Machine Definition: '" + string.Join("; ", result.Problems) + "'");
    }
}
