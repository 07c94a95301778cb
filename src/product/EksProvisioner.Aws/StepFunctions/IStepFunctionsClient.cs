namespace EksProvisioner.Aws.StepFunctions;

/// <summary>
/// The Step Functions API, shaped like the AWS SDK for .NET: one async method per operation, request and
/// response records with the model's member names. Errors surface as the Core error taxonomy.
/// </summary>
public interface IStepFunctionsClient
{
    /// <summary>Step Functions CreateStateMachine (POST /).</summary>
    Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions UpdateStateMachine (POST /).</summary>
    Task<UpdateStateMachineResponse> UpdateStateMachineAsync(UpdateStateMachineRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions DescribeStateMachine (POST /).</summary>
    Task<DescribeStateMachineResponse> DescribeStateMachineAsync(DescribeStateMachineRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions ListStateMachines (POST /).</summary>
    Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions StartExecution (POST /).</summary>
    Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions DescribeExecution (POST /).</summary>
    Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions StopExecution (POST /).</summary>
    Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions ListExecutions (POST /).</summary>
    Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default);

    /// <summary>Step Functions GetExecutionHistory (POST /).</summary>
    Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default);
}
