namespace EksProvisioner.Aws.StepFunctions;

/// <summary>Follows nextToken through the paged Step Functions operations.</summary>
public static class StepFunctionsPaginators
{
    public static IAsyncEnumerable<StateMachineListItem> ListAllStateMachinesAsync(this IStepFunctionsClient client, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListStateMachinesAsync(new ListStateMachinesRequest { NextToken = token }, ct), page => page.StateMachines, page => page.NextToken, cancellationToken);

    /// <summary>Every execution matching <paramref name="request"/> (its NextToken is ignored).</summary>
    public static IAsyncEnumerable<ExecutionListItem> ListAllExecutionsAsync(this IStepFunctionsClient client, ListExecutionsRequest request, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.ListExecutionsAsync(request with { NextToken = token }, ct), page => page.Executions, page => page.NextToken, cancellationToken);

    /// <summary>Every history event of the execution in <paramref name="request"/> (its NextToken is ignored).</summary>
    public static IAsyncEnumerable<HistoryEvent> GetAllExecutionHistoryAsync(this IStepFunctionsClient client, GetExecutionHistoryRequest request, CancellationToken cancellationToken = default) =>
        Paging.AllAsync((token, ct) => client.GetExecutionHistoryAsync(request with { NextToken = token }, ct), page => page.Events, page => page.NextToken, cancellationToken);
}
