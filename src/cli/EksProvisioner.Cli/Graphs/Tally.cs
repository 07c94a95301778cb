using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Graphs;

/// <summary>The events of one state so far, summed up by <see cref="ToRun"/>.</summary>
internal sealed class Tally
{
    private int _entries;
    private int _exits;
    private int _attempts;
    private int _attemptsThisEntry;
    private bool _failedLast;
    private string? _error;
    private DateTimeOffset? _first;
    private DateTimeOffset? _last;

    public void Add(HistoryEvent e)
    {
        var type = e.Type!;
        if (type.EndsWith("StateEntered", StringComparison.Ordinal))
        {
            _entries++;
            _attemptsThisEntry = 0;
            _failedLast = false;
            _first ??= e.Timestamp;
            if (type == "FailStateEntered")
            {
                // A Fail state fails the execution as it is entered; it never exits.
                _failedLast = true;
                _error = "Fail";
            }
        }
        else if (type.EndsWith("StateExited", StringComparison.Ordinal))
        {
            _exits++;
            _last = e.Timestamp;
        }
        else if (type is "TaskScheduled" or "LambdaFunctionScheduled")
        {
            // The first attempt of each entry is not a retry; every later one is.
            _attempts += _attemptsThisEntry > 0 ? 1 : 0;
            _attemptsThisEntry++;
            _failedLast = false;
        }
        else if (IsFailure(type))
        {
            _failedLast = true;
            _error = e.TaskFailedEventDetails?.Error ?? e.LambdaFunctionFailedEventDetails?.Error ?? e.TaskTimedOutEventDetails?.Error
                ?? e.LambdaFunctionTimedOutEventDetails?.Error ?? e.EvaluationFailedEventDetails?.Error ?? type;
            _last = e.Timestamp;
        }
    }

    public StateRun ToRun()
    {
        var status = _exits < _entries
            ? (_failedLast ? RunStatus.Failed : RunStatus.Running)
            : (_failedLast ? RunStatus.Caught : RunStatus.Succeeded);
        return new StateRun(status, _entries, _attempts, _first is { } f && _last is { } l ? l - f : null, _failedLast ? _error : null);
    }

    /// <summary>A state's own failure; Map iteration and execution events belong to others.</summary>
    private static bool IsFailure(string type) =>
        (type.EndsWith("Failed", StringComparison.Ordinal) || type.EndsWith("TimedOut", StringComparison.Ordinal))
        && !type.StartsWith("MapIteration", StringComparison.Ordinal);
}
