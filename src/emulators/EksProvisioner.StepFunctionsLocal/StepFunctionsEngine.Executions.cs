using System.Text.Json;
using EksProvisioner.StepFunctionsLocal.Execution;

namespace EksProvisioner.StepFunctionsLocal;

/// <summary>Execution bookkeeping: creation rules, launching on the scheduler, stopping and timeouts.</summary>
public sealed partial class StepFunctionsEngine
{
    internal StateMachineRecord Machine(string arn) =>
        _machines.TryGetValue(arn, out var machine)
            ? machine
            : throw new StepFunctionsApiException("StateMachineDoesNotExist", $"State Machine Does Not Exist: '{arn}'");

    internal ExecutionRecord Execution(string arn) =>
        _executions.TryGetValue(arn, out var execution)
            ? execution
            : throw new StepFunctionsApiException("ExecutionDoesNotExist", $"Execution Does Not Exist: '{arn}'");

    internal ExecutionRecord CreateExecution(string stateMachineArn, string input, string? name) =>
        CreateExecution(stateMachineArn, input, name, out _);

    private ExecutionRecord CreateExecution(string stateMachineArn, string input, string? name, out bool isNew)
    {
        ArgumentNullException.ThrowIfNull(stateMachineArn);
        string? testCase = null;
        var hash = stateMachineArn.IndexOf('#', StringComparison.Ordinal);
        if (hash >= 0)
        {
            testCase = stateMachineArn[(hash + 1)..];
            stateMachineArn = stateMachineArn[..hash];
        }

        var machine = Machine(stateMachineArn);
        if (testCase is not null && MockConfig?.HasTestCase(machine.Name, testCase) != true)
        {
            throw new StepFunctionsApiException("InvalidArn", $"Test case '{testCase}' is not defined for state machine '{machine.Name}' in the mock config.");
        }

        try
        {
            using var _ = JsonDocument.Parse(input);
        }
        catch (JsonException e)
        {
            throw new StepFunctionsApiException("InvalidExecutionInput", $"Invalid execution input: {e.Message}");
        }

        if (System.Text.Encoding.UTF8.GetByteCount(input) > Options.MaxPayloadBytes)
        {
            // AWS checks the input's length constraint (262144) in UTF-8 bytes before anything starts, as a ValidationException.
            throw new StepFunctionsApiException("ValidationException", $"1 validation error detected: Value at 'input' failed to satisfy constraint: Member must have length less than or equal to {Options.MaxPayloadBytes}");
        }

        name ??= Ids.Uuid(Randomizer);
        Names.Check(name, "execution");
        var arn = $"arn:aws:states:{Options.Region}:{Options.AccountId}:execution:{machine.Name}:{name}";
        lock (_gate)
        {
            if (_executions.TryGetValue(arn, out var existing))
            {
                isNew = false;
                return existing.Status == ExecutionStatus.Running && existing.Input == input
                    ? existing
                    : throw new StepFunctionsApiException("ExecutionAlreadyExists", $"Execution Already Exists: '{arn}'");
            }

            var execution = new ExecutionRecord(machine, arn, name, input, Clock.GetUtcNow(), testCase, Clock)
            {
                Sequence = Interlocked.Increment(ref _sequence),
            };
            _executions[arn] = execution;
            isNew = true;
            return execution;
        }
    }

    /// <summary>Runs a created execution as a top-level flow (token taken before returning, so time cannot slip).</summary>
    internal void Launch(ExecutionRecord execution)
    {
        Scheduler.Enter();
        _ = Task.Run(async () =>
        {
            try
            {
                VirtualTimeScheduler.MarkFlow();
                await _interpreter.RunExecutionAsync(execution);
            }
            finally
            {
                Scheduler.Exit();
            }
        });
    }

    internal void ScheduleTimeout(ExecutionRecord execution)
    {
        if (execution.Machine.Parsed.TimeoutSeconds is { } seconds)
        {
            // AWS records a timed-out execution without error or cause (DescribeExecution and ExecutionTimedOut alike).
            var timer = Clock.Schedule(execution.StartDate.AddSeconds(seconds), () => Stop(execution, ExecutionStatus.TimedOut, null, null));
            execution.Completion.Task.ContinueWith(_ => timer.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    internal void Stop(ExecutionRecord execution, ExecutionStatus reason, string? error, string? cause)
    {
        if (execution.Status != ExecutionStatus.Running)
        {
            return;
        }

        execution.StopReason = reason;
        execution.StopError = error;
        execution.StopCause = cause;

        // The outcome and its final event are recorded at once (StopExecution answers its stopDate); the flows unwind after.
        execution.History.Append(reason == ExecutionStatus.TimedOut ? "ExecutionTimedOut" : "ExecutionAborted", Interpreter.ErrorDetails(error, cause));
        execution.Finish(reason, null, error, cause, Clock.GetUtcNow());
        execution.Cancellation.Cancel();
    }
}
