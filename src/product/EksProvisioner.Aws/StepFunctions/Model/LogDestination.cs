namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>LogDestination</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record LogDestination
{
    public CloudWatchLogsLogGroup? CloudWatchLogsLogGroup { get; init; }
}
