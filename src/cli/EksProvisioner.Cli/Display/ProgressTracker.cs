using System.Globalization;
using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// Turns execution history events, as GetExecutionHistory answers them in both modes, into the stages
/// people follow: one row per stage in words, retries with their reason and what comes next, and the
/// rollback apart. <see cref="Lines"/> collects what happened as plain lines, for output that is not a terminal.
/// </summary>
internal sealed class ProgressTracker(StateWords words, RetryPolicies retries, DateTimeOffset executionStart)
{
    private readonly Dictionary<long, string> _stateOfEvent = [];
    private readonly Dictionary<string, StageRow> _byState = new(StringComparer.Ordinal);
    private readonly Dictionary<(string State, int Retrier), int> _attempts = [];
    private readonly List<StageRow> _rows = [];
    private readonly List<string> _lines = [];

    public IReadOnlyList<StageRow> Rows => _rows;

    /// <summary>True once the rollback started.</summary>
    public bool RollingBack { get; private set; }

    public DateTimeOffset Start { get; } = executionStart;

    public DateTimeOffset Latest { get; private set; } = executionStart;

    /// <summary>Plain lines not yet taken by <see cref="TakeLines"/>.</summary>
    public IReadOnlyList<string> Lines => _lines;

    public IReadOnlyList<string> TakeLines()
    {
        var taken = _lines.ToArray();
        _lines.Clear();
        return taken;
    }

    public void Add(HistoryEvent e)
    {
        ArgumentNullException.ThrowIfNull(e);
        var at = e.Timestamp ?? Latest;
        Latest = at > Latest ? at : Latest;
        var state = e.StateEnteredEventDetails?.Name
            ?? e.StateExitedEventDetails?.Name
            ?? (e.PreviousEventId is { } previous ? _stateOfEvent.GetValueOrDefault(previous) : null);
        if (e.Id is { } id && state is not null)
        {
            _stateOfEvent[id] = state;
        }

        if (e.StateEnteredEventDetails is not null && state is not null)
        {
            Entered(state, at);
        }
        else if (e.StateExitedEventDetails is not null && state is not null && _byState.TryGetValue(state, out var row) && row.Status == StageStatus.Running)
        {
            row.Status = StageStatus.Done;
            row.Ended = at;
        }
        else if (Failure(e) is { } error && state is not null)
        {
            Failed(state, error, at);
        }
        else if (e.Type is "ExecutionFailed" or "ExecutionAborted" or "ExecutionTimedOut")
        {
            foreach (var running in _rows.Where(r => r.Status == StageStatus.Running))
            {
                running.Status = StageStatus.Failed;
                running.Ended = at;
            }
        }
    }

    private void Entered(string state, DateTimeOffset at)
    {
        // Every entry starts the state's retry counts afresh, as ASL does (a polling loop re-enters its check).
        foreach (var key in _attempts.Keys.Where(k => k.State == state).ToList())
        {
            _attempts.Remove(key);
        }

        if (words.Stage(state) is not { } text)
        {
            return;
        }

        if (_byState.TryGetValue(state, out var row))
        {
            row.Status = StageStatus.Running;
            return;
        }

        if (!RollingBack && words.StartsRollback(state))
        {
            RollingBack = true;
            _lines.Add("Rollback:");
        }

        row = new StageRow(state, text, RollingBack, at);
        _byState[state] = row;
        _rows.Add(row);
        _lines.Add($"{(RollingBack ? "  " : "")}[{Elapsed.Format(at - Start)}] {text}");
    }

    private void Failed(string state, string error, DateTimeOffset at)
    {
        var row = _byState.GetValueOrDefault(state);
        var indent = RollingBack ? "    " : "  ";
        if (retries.Find(state, error) is { } rule)
        {
            var attempt = _attempts.GetValueOrDefault((state, rule.Index)) + 1;
            _attempts[(state, rule.Index)] = attempt;
            if (attempt <= rule.MaxAttempts)
            {
                var delay = rule.DelaySeconds(attempt).ToString("0.#", CultureInfo.InvariantCulture);
                var note = $"{words.Reason(error)}, retry {attempt} of {rule.MaxAttempts} in {(rule.Jitter ? "up to " : "")}{delay} s";
                _lines.Add(indent + note);
                if (row is not null)
                {
                    row.Note = note;
                }

                return;
            }
        }

        _lines.Add($"{indent}failed: {error}");
        if (row is not null)
        {
            row.Status = StageStatus.Failed;
            row.Ended = at;
            row.Note = error;
        }
    }

    private static string? Failure(HistoryEvent e) =>
        e.TaskFailedEventDetails?.Error
        ?? e.LambdaFunctionFailedEventDetails?.Error
        ?? (e.Type is "TaskTimedOut" or "LambdaFunctionTimedOut" ? "States.Timeout" : null);
}
