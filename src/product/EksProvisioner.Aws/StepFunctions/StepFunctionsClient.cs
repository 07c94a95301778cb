using EksProvisioner.Aws.Http;

namespace EksProvisioner.Aws.StepFunctions;

/// <summary>The Step Functions client over our SigV4 invoker (see <see cref="StepFunctionsOperations"/> for the wire shapes).</summary>
internal sealed class StepFunctionsClient(AwsServiceInvoker invoker) : IStepFunctionsClient
{
    public Task<CreateStateMachineResponse> CreateStateMachineAsync(CreateStateMachineRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<CreateStateMachineResponse>(StepFunctionsOperations.CreateStateMachine, request, cancellationToken);

    public Task<UpdateStateMachineResponse> UpdateStateMachineAsync(UpdateStateMachineRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<UpdateStateMachineResponse>(StepFunctionsOperations.UpdateStateMachine, request, cancellationToken);

    public Task<DescribeStateMachineResponse> DescribeStateMachineAsync(DescribeStateMachineRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeStateMachineResponse>(StepFunctionsOperations.DescribeStateMachine, request, cancellationToken);

    public Task<ListStateMachinesResponse> ListStateMachinesAsync(ListStateMachinesRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListStateMachinesResponse>(StepFunctionsOperations.ListStateMachines, request, cancellationToken);

    public Task<StartExecutionResponse> StartExecutionAsync(StartExecutionRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<StartExecutionResponse>(StepFunctionsOperations.StartExecution, request, cancellationToken);

    public Task<DescribeExecutionResponse> DescribeExecutionAsync(DescribeExecutionRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<DescribeExecutionResponse>(StepFunctionsOperations.DescribeExecution, request, cancellationToken);

    public Task<StopExecutionResponse> StopExecutionAsync(StopExecutionRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<StopExecutionResponse>(StepFunctionsOperations.StopExecution, request, cancellationToken);

    public Task<ListExecutionsResponse> ListExecutionsAsync(ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<ListExecutionsResponse>(StepFunctionsOperations.ListExecutions, request, cancellationToken);

    public Task<GetExecutionHistoryResponse> GetExecutionHistoryAsync(GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) =>
        invoker.InvokeAsync<GetExecutionHistoryResponse>(StepFunctionsOperations.GetExecutionHistory, request, cancellationToken);
}
