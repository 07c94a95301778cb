using EksProvisioner.Aws.Http;

namespace EksProvisioner.Cli.Backends;

/// <summary>
/// How patient the CLI's Step Functions client is with throttling and unavailability. The clients' default
/// (3 attempts within 2 s) suits a Lambda stage, whose state machine retries it; the CLI has nothing above
/// it, and one throttled DescribeExecution among the hundreds a long wait makes must not end the command.
/// Every call it makes is safe to repeat: reads, and StartExecution by name, which answers the execution
/// already started with the same name and input.
/// </summary>
internal static class CliRetry
{
    public static AwsRetryOptions StepFunctions { get; } = new()
    {
        MaxAttempts = 10,
        BaseDelay = TimeSpan.FromMilliseconds(200),
        MaxDelay = TimeSpan.FromSeconds(5),
        MaxTotalTime = TimeSpan.FromSeconds(60),
    };
}
