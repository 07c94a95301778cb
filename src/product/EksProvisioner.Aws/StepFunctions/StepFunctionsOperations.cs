using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions operations, as the botocore model stepfunctions 2016-11-23 describes them: <see cref="IStepFunctionsClient"/> sends with this table.</summary>
public static class StepFunctionsOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2016-11-23";

    /// <summary>The model's targetPrefix: X-Amz-Target is this, a dot, and the operation name.</summary>
    public const string TargetPrefix = "AWSStepFunctions";

    // Declared first: the operations below add themselves to it as the class initializes.
    public static AwsOperationTable Table { get; } = new(AwsServiceIds.StepFunctions, AwsProtocol.Json);

    public static AwsOperation CreateStateMachine { get; } = Table.Add<CreateStateMachineRequest, CreateStateMachineResponse>();
    public static AwsOperation UpdateStateMachine { get; } = Table.Add<UpdateStateMachineRequest, UpdateStateMachineResponse>();
    public static AwsOperation DescribeStateMachine { get; } = Table.Add<DescribeStateMachineRequest, DescribeStateMachineResponse>();
    public static AwsOperation ListStateMachines { get; } = Table.Add<ListStateMachinesRequest, ListStateMachinesResponse>();
    public static AwsOperation StartExecution { get; } = Table.Add<StartExecutionRequest, StartExecutionResponse>();
    public static AwsOperation DescribeExecution { get; } = Table.Add<DescribeExecutionRequest, DescribeExecutionResponse>();
    public static AwsOperation StopExecution { get; } = Table.Add<StopExecutionRequest, StopExecutionResponse>();
    public static AwsOperation ListExecutions { get; } = Table.Add<ListExecutionsRequest, ListExecutionsResponse>();
    public static AwsOperation GetExecutionHistory { get; } = Table.Add<GetExecutionHistoryRequest, GetExecutionHistoryResponse>();

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All => Table.All;
}
