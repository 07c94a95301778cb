using System.Collections.Concurrent;
using System.Text.Json.Nodes;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>One execution: identity, input, history, cancellation and the outcome once it is known.</summary>
internal sealed class ExecutionRecord(StateMachineRecord machine, string arn, string name, string input, DateTimeOffset start, string? testCase, TimeProvider clock)
{
    private readonly Lock _gate = new();
    private int _transitions;

    public StateMachineRecord Machine { get; } = machine;

    /// <summary>Creation order, for listing newest first when virtual start times are equal.</summary>
    public long Sequence { get; init; }

    public string Arn { get; } = arn;

    public string Name { get; } = name;

    public string Input { get; } = input;

    public DateTimeOffset StartDate { get; } = start;

    /// <summary>The mock-config test case selected with <c>arn#TestCase</c>, if any.</summary>
    public string? TestCase { get; } = testCase;

    public EventLog History { get; } = new(clock);

    public CancellationTokenSource Cancellation { get; } = new();

    public TaskCompletionSource<ExecutionResult> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Invocation counts per mocked state (the keys of MockedResponses count from 0).</summary>
    public ConcurrentDictionary<string, int> MockInvocations { get; } = new(StringComparer.Ordinal);

    /// <summary>Set before cancelling: why the execution stopped (Aborted or TimedOut).</summary>
    public ExecutionStatus? StopReason { get; set; }

    public string? StopError { get; set; }

    public string? StopCause { get; set; }

    public ExecutionStatus Status { get; private set; } = ExecutionStatus.Running;

    public string? Output { get; private set; }

    public string? Error { get; private set; }

    public string? Cause { get; private set; }

    public DateTimeOffset? StopDate { get; private set; }

    private JsonObject? _contextExecution;

    /// <summary>The <c>Execution</c> part of the context object (built once; readers never mutate it).</summary>
    public JsonObject ContextExecution() => _contextExecution ??= new()
    {
        ["Id"] = Arn,
        ["Input"] = JsonNode.Parse(Input),
        ["Name"] = Name,
        ["RoleArn"] = Machine.RoleArn,
        ["StartTime"] = Timestamps.Iso(StartDate),
        ["RedriveCount"] = 0,
    };

    /// <summary>Counts a state transition; false once the limit is passed.</summary>
    public bool CountTransition(int limit) => Interlocked.Increment(ref _transitions) <= limit;

    /// <summary>Records the outcome once; later calls are ignored.</summary>
    public bool Finish(ExecutionStatus status, string? output, string? error, string? cause, DateTimeOffset stop)
    {
        lock (_gate)
        {
            if (Status != ExecutionStatus.Running)
            {
                return false;
            }

            (Status, Output, Error, Cause, StopDate) = (status, output, error, cause, stop);
        }

        Completion.TrySetResult(ToResult());
        return true;
    }

    public ExecutionResult ToResult()
    {
        lock (_gate)
        {
            return new ExecutionResult(Arn, Name, Status, Input, Output, Error, Cause, StartDate, StopDate);
        }
    }
}
