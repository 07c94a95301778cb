namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions API: one method per operation of <see cref="StepFunctionsOperations"/>, grouped by resource (see <see cref="IAwsServiceClient"/>).</summary>
public interface IStepFunctionsClient : IAwsServiceClient
{
    // State machines.
    Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateStateMachineResponse>(StepFunctionsOperations.CreateStateMachine, request, cancellationToken);
    Task<UpdateStateMachineResponse> UpdateStateMachineAsync(UpdateStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateStateMachineResponse>(StepFunctionsOperations.UpdateStateMachine, request, cancellationToken);
    Task<DescribeStateMachineResponse> DescribeStateMachineAsync(DescribeStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeStateMachineResponse>(StepFunctionsOperations.DescribeStateMachine, request, cancellationToken);
    Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListStateMachinesResponse>(StepFunctionsOperations.ListStateMachines, request, cancellationToken);

    // Executions.
    Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<StartExecutionResponse>(StepFunctionsOperations.StartExecution, request, cancellationToken);
    Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeExecutionResponse>(StepFunctionsOperations.DescribeExecution, request, cancellationToken);
    Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<StopExecutionResponse>(StepFunctionsOperations.StopExecution, request, cancellationToken);
    Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListExecutionsResponse>(StepFunctionsOperations.ListExecutions, request, cancellationToken);
    Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) => SendAsync<GetExecutionHistoryResponse>(StepFunctionsOperations.GetExecutionHistory, request, cancellationToken);
}
