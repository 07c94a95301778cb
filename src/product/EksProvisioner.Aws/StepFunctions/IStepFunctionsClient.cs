namespace EksProvisioner.Aws.StepFunctions;

/// <summary>
/// The Step Functions API, shaped like the AWS SDK for .NET: one async method per operation, request and
/// response records with the model's member names. Errors surface as the Core error taxonomy.
/// One method per operation of <see cref="StepFunctionsOperations"/>, which alone says how it travels.
/// </summary>
public interface IStepFunctionsClient : IAwsServiceClient
{
    Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<CreateStateMachineResponse>(StepFunctionsOperations.CreateStateMachine, request, cancellationToken);
    Task<UpdateStateMachineResponse> UpdateStateMachineAsync(UpdateStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<UpdateStateMachineResponse>(StepFunctionsOperations.UpdateStateMachine, request, cancellationToken);
    Task<DescribeStateMachineResponse> DescribeStateMachineAsync(DescribeStateMachineRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeStateMachineResponse>(StepFunctionsOperations.DescribeStateMachine, request, cancellationToken);
    Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest request, CancellationToken cancellationToken = default) => SendAsync<ListStateMachinesResponse>(StepFunctionsOperations.ListStateMachines, request, cancellationToken);
    Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<StartExecutionResponse>(StepFunctionsOperations.StartExecution, request, cancellationToken);
    Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<DescribeExecutionResponse>(StepFunctionsOperations.DescribeExecution, request, cancellationToken);
    Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) => SendAsync<StopExecutionResponse>(StepFunctionsOperations.StopExecution, request, cancellationToken);
    Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) => SendAsync<ListExecutionsResponse>(StepFunctionsOperations.ListExecutions, request, cancellationToken);
    Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) => SendAsync<GetExecutionHistoryResponse>(StepFunctionsOperations.GetExecutionHistory, request, cancellationToken);
}
