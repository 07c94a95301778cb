namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>HistoryEvent</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record HistoryEvent
{
    public DateTimeOffset? Timestamp { get; init; }

    public string? Type { get; init; }

    public long? Id { get; init; }

    public long? PreviousEventId { get; init; }

    public ExecutionStartedEventDetails? ExecutionStartedEventDetails { get; init; }

    public ExecutionSucceededEventDetails? ExecutionSucceededEventDetails { get; init; }

    public ExecutionFailedEventDetails? ExecutionFailedEventDetails { get; init; }

    public ExecutionAbortedEventDetails? ExecutionAbortedEventDetails { get; init; }

    public ExecutionTimedOutEventDetails? ExecutionTimedOutEventDetails { get; init; }

    public StateEnteredEventDetails? StateEnteredEventDetails { get; init; }

    public StateExitedEventDetails? StateExitedEventDetails { get; init; }

    public TaskScheduledEventDetails? TaskScheduledEventDetails { get; init; }

    public TaskStartedEventDetails? TaskStartedEventDetails { get; init; }

    public TaskSucceededEventDetails? TaskSucceededEventDetails { get; init; }

    public TaskFailedEventDetails? TaskFailedEventDetails { get; init; }

    public TaskTimedOutEventDetails? TaskTimedOutEventDetails { get; init; }

    public TaskStartFailedEventDetails? TaskStartFailedEventDetails { get; init; }

    public TaskSubmitFailedEventDetails? TaskSubmitFailedEventDetails { get; init; }

    public LambdaFunctionScheduledEventDetails? LambdaFunctionScheduledEventDetails { get; init; }

    public LambdaFunctionSucceededEventDetails? LambdaFunctionSucceededEventDetails { get; init; }

    public LambdaFunctionFailedEventDetails? LambdaFunctionFailedEventDetails { get; init; }

    public LambdaFunctionTimedOutEventDetails? LambdaFunctionTimedOutEventDetails { get; init; }

    public LambdaFunctionScheduleFailedEventDetails? LambdaFunctionScheduleFailedEventDetails { get; init; }

    public LambdaFunctionStartFailedEventDetails? LambdaFunctionStartFailedEventDetails { get; init; }

    public MapStateStartedEventDetails? MapStateStartedEventDetails { get; init; }

    public MapIterationEventDetails? MapIterationStartedEventDetails { get; init; }

    public MapIterationEventDetails? MapIterationSucceededEventDetails { get; init; }

    public MapIterationEventDetails? MapIterationFailedEventDetails { get; init; }

    public MapIterationEventDetails? MapIterationAbortedEventDetails { get; init; }

    public EvaluationFailedEventDetails? EvaluationFailedEventDetails { get; init; }
}
