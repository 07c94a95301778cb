namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>StateEnteredEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record StateEnteredEventDetails
{
    public string? Name { get; init; }

    public string? Input { get; init; }

    public HistoryEventExecutionDataDetails? InputDetails { get; init; }
}
