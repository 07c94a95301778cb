namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions <c>LoggingConfiguration</c> shape (botocore model stepfunctions 2016-11-23).</summary>
public sealed record LoggingConfiguration
{
    public string? Level { get; init; }

    public bool? IncludeExecutionData { get; init; }

    public IReadOnlyList<LogDestination>? Destinations { get; init; }
}
