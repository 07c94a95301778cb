using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Display;

namespace EksProvisioner.Cli.Tests.Display;

public sealed class ProgressTrackerTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 5, 9, 0, 0, TimeSpan.Zero);

    private const string Definition = """
        {"StartAt":"CreateCluster","States":{
          "CreateCluster":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:f","Next":"Rollback",
            "Retry":[{"ErrorEquals":["AwsThrottledException"],"MaxAttempts":6},
                     {"ErrorEquals":["IamRoleNotReadyException"],"IntervalSeconds":4,"MaxAttempts":12,"BackoffRate":1.5,"MaxDelaySeconds":30}]},
          "Rollback":{"Type":"Task","Resource":"arn:aws:lambda:us-east-1:1:function:r","End":true}}}
        """;

    [Fact]
    public void Add_TaskFailedWithARetrier_TellsTheReasonTheRetryAndTheWait()
    {
        var tracker = new ProgressTracker(StateWords.Default, RetryPolicies.From(Definition), Start);

        Feed(tracker, Entered(1, 0, "CreateCluster", 0), Failed(2, 1, "IamRoleNotReadyException", 1), Failed(3, 2, "IamRoleNotReadyException", 5));

        Assert.Equal(
            ["[00:00] Creating the control plane", "  IAM role not yet usable, retry 1 of 12 in 4 s", "  IAM role not yet usable, retry 2 of 12 in 6 s"],
            tracker.TakeLines());
        Assert.Equal("IAM role not yet usable, retry 2 of 12 in 6 s", tracker.Rows.Single().Note);
        Assert.Equal(StageStatus.Running, tracker.Rows.Single().Status);
    }

    [Fact]
    public void Add_RetriesExhausted_MarksTheStageFailed()
    {
        var tracker = new ProgressTracker(StateWords.Default, RetryPolicies.From(Definition.Replace("\"MaxAttempts\":12", "\"MaxAttempts\":1", StringComparison.Ordinal)), Start);

        Feed(tracker, Entered(1, 0, "CreateCluster", 0), Failed(2, 1, "IamRoleNotReadyException", 1), Failed(3, 2, "IamRoleNotReadyException", 5));

        Assert.Equal("  failed: IamRoleNotReadyException", tracker.TakeLines()[^1]);
        Assert.Equal(StageStatus.Failed, tracker.Rows.Single().Status);
    }

    [Fact]
    public void Add_RollbackEntered_StartsItsOwnSection()
    {
        var tracker = new ProgressTracker(StateWords.Default, RetryPolicies.From(Definition), Start);

        Feed(tracker, Entered(1, 0, "CreateCluster", 0), Exited(2, 1, "CreateCluster", 60), Entered(3, 2, "Rollback", 61));

        Assert.Equal(["[00:00] Creating the control plane", "Rollback:", "  [01:01] Deleting everything tagged for the environment"], tracker.TakeLines());
        Assert.Equal([false, true], tracker.Rows.Select(r => r.Rollback));
        Assert.Equal(StageStatus.Done, tracker.Rows[0].Status);
    }

    [Fact]
    public void Add_PollingLoopReentersAState_OneRowOnly()
    {
        var tracker = new ProgressTracker(StateWords.Default, RetryPolicies.None, Start);

        Feed(tracker, Entered(1, 0, "CheckCluster", 0), Exited(2, 1, "CheckCluster", 1), Entered(3, 2, "WaitForCluster", 1), Entered(4, 3, "CheckCluster", 31));

        Assert.Equal(["[00:00] Waiting for the control plane to become active"], tracker.TakeLines());
        Assert.Single(tracker.Rows);
    }

    private static void Feed(ProgressTracker tracker, params HistoryEvent[] events)
    {
        foreach (var e in events)
        {
            tracker.Add(e);
        }
    }

    private static HistoryEvent Entered(long id, long previous, string state, int second) =>
        new() { Id = id, PreviousEventId = previous, Type = "TaskStateEntered", Timestamp = Start.AddSeconds(second), StateEnteredEventDetails = new StateEnteredEventDetails { Name = state } };

    private static HistoryEvent Exited(long id, long previous, string state, int second) =>
        new() { Id = id, PreviousEventId = previous, Type = "TaskStateExited", Timestamp = Start.AddSeconds(second), StateExitedEventDetails = new StateExitedEventDetails { Name = state } };

    private static HistoryEvent Failed(long id, long previous, string error, int second) =>
        new() { Id = id, PreviousEventId = previous, Type = "LambdaFunctionFailed", Timestamp = Start.AddSeconds(second), LambdaFunctionFailedEventDetails = new LambdaFunctionFailedEventDetails { Error = error } };
}
