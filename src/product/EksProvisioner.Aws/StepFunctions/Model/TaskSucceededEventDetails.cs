namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>TaskSucceededEventDetails</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record TaskSucceededEventDetails
{
    public string? ResourceType { get; init; }

    public string? Resource { get; init; }

    public string? Output { get; init; }

    public HistoryEventExecutionDataDetails? OutputDetails { get; init; }
}
