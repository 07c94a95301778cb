namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>CloudWatchLogsLogGroup</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record CloudWatchLogsLogGroup
{
    public string? LogGroupArn { get; init; }
}
