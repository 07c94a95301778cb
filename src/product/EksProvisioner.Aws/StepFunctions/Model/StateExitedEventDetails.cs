namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>StateExitedEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StateExitedEventDetails
{
    public string? Name { get; init; }

    public string? Output { get; init; }

    public HistoryEventExecutionDataDetails? OutputDetails { get; init; }
}
