using EksProvisioner.Aws.Protocol;

namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions operations we call, as the botocore model stepfunctions 2016-11-23 describes them.</summary>
public static class StepFunctionsOperations
{
    /// <summary>The model's apiVersion.</summary>
    public const string ApiVersion = "2016-11-23";

    public static AwsOperation CreateStateMachine { get; } = new(AwsServiceIds.StepFunctions, "CreateStateMachine", "POST", "/", AwsProtocol.Json, typeof(CreateStateMachineRequest), typeof(CreateStateMachineResponse));

    public static AwsOperation UpdateStateMachine { get; } = new(AwsServiceIds.StepFunctions, "UpdateStateMachine", "POST", "/", AwsProtocol.Json, typeof(UpdateStateMachineRequest), typeof(UpdateStateMachineResponse));

    public static AwsOperation DescribeStateMachine { get; } = new(AwsServiceIds.StepFunctions, "DescribeStateMachine", "POST", "/", AwsProtocol.Json, typeof(DescribeStateMachineRequest), typeof(DescribeStateMachineResponse));

    public static AwsOperation ListStateMachines { get; } = new(AwsServiceIds.StepFunctions, "ListStateMachines", "POST", "/", AwsProtocol.Json, typeof(ListStateMachinesRequest), typeof(ListStateMachinesResponse));

    public static AwsOperation StartExecution { get; } = new(AwsServiceIds.StepFunctions, "StartExecution", "POST", "/", AwsProtocol.Json, typeof(StartExecutionRequest), typeof(StartExecutionResponse));

    public static AwsOperation DescribeExecution { get; } = new(AwsServiceIds.StepFunctions, "DescribeExecution", "POST", "/", AwsProtocol.Json, typeof(DescribeExecutionRequest), typeof(DescribeExecutionResponse));

    public static AwsOperation StopExecution { get; } = new(AwsServiceIds.StepFunctions, "StopExecution", "POST", "/", AwsProtocol.Json, typeof(StopExecutionRequest), typeof(StopExecutionResponse));

    public static AwsOperation ListExecutions { get; } = new(AwsServiceIds.StepFunctions, "ListExecutions", "POST", "/", AwsProtocol.Json, typeof(ListExecutionsRequest), typeof(ListExecutionsResponse));

    public static AwsOperation GetExecutionHistory { get; } = new(AwsServiceIds.StepFunctions, "GetExecutionHistory", "POST", "/", AwsProtocol.Json, typeof(GetExecutionHistoryRequest), typeof(GetExecutionHistoryResponse));

    /// <summary>Every operation above, for conformance tests and simulators.</summary>
    public static IReadOnlyList<AwsOperation> All { get; } =
    [
        CreateStateMachine,
        UpdateStateMachine,
        DescribeStateMachine,
        ListStateMachines,
        StartExecution,
        DescribeExecution,
        StopExecution,
        ListExecutions,
        GetExecutionHistory,
    ];
}
