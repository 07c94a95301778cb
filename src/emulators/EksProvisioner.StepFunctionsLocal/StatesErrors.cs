namespace EksProvisioner.StepFunctionsLocal;

/// <summary>
/// The predefined <c>States.*</c> error names of the Amazon States Language, in one closed set.
/// <see cref="All"/> matches every name except <see cref="Runtime"/> and <see cref="DataLimitExceeded"/>,
/// which AWS documents as not caught or retried by <c>States.ALL</c>; States.Runtime is not caught even by name.
/// </summary>
public static class StatesErrors
{
    public const string All = "States.ALL";
    public const string Runtime = "States.Runtime";
    public const string TaskFailed = "States.TaskFailed";
    public const string Timeout = "States.Timeout";
    public const string HeartbeatTimeout = "States.HeartbeatTimeout";
    public const string DataLimitExceeded = "States.DataLimitExceeded";
    public const string NoChoiceMatched = "States.NoChoiceMatched";
    public const string IntrinsicFailure = "States.IntrinsicFailure";
    public const string Permissions = "States.Permissions";
    public const string ResultPathMatchFailure = "States.ResultPathMatchFailure";
    public const string ParameterPathFailure = "States.ParameterPathFailure";
    public const string BranchFailed = "States.BranchFailed";
    public const string ExceedToleratedFailureThreshold = "States.ExceedToleratedFailureThreshold";
    public const string ItemReaderFailed = "States.ItemReaderFailed";
    public const string ResultWriterFailed = "States.ResultWriterFailed";
    public const string QueryEvaluationError = "States.QueryEvaluationError";

    /// <summary>Every predefined name; an ErrorEquals entry starting with <c>States.</c> must be one of these.</summary>
    public static IReadOnlySet<string> Known { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        All, Runtime, TaskFailed, Timeout, HeartbeatTimeout, DataLimitExceeded, NoChoiceMatched, IntrinsicFailure,
        Permissions, ResultPathMatchFailure, ParameterPathFailure, BranchFailed, ExceedToleratedFailureThreshold,
        ItemReaderFailed, ResultWriterFailed, QueryEvaluationError,
    };

    /// <summary>
    /// Whether an <c>ErrorEquals</c> list matches <paramref name="error"/> (never States.Runtime): by exact name, by <c>States.ALL</c>
    /// for everything except States.Runtime and States.DataLimitExceeded, and by <c>States.TaskFailed</c> for
    /// every error except the timeouts (the specification's wildcard for task failures).
    /// </summary>
    public static bool Matches(IReadOnlyList<string> errorEquals, string error)
    {
        ArgumentNullException.ThrowIfNull(errorEquals);
        foreach (var name in errorEquals)
        {
            // AWS: "A States.Runtime error isn't retriable, and will always cause the execution to fail", even when named.
            if (error == Runtime)
            {
                return false;
            }

            if (string.Equals(name, error, StringComparison.Ordinal))
            {
                return true;
            }

            var uncatchable = error is DataLimitExceeded;
            if (name == All && !uncatchable)
            {
                return true;
            }

            if (name == TaskFailed && !uncatchable && error != Timeout && error != HeartbeatTimeout)
            {
                return true;
            }
        }

        return false;
    }
}
