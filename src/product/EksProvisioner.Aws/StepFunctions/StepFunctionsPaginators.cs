using System.Runtime.CompilerServices;

namespace EksProvisioner.Aws.StepFunctions;

/// <summary>Follows nextToken through the paged Step Functions operations.</summary>
public static class StepFunctionsPaginators
{
    public static async IAsyncEnumerable<StateMachineListItem> ListAllStateMachinesAsync(this IStepFunctionsClient client, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        string? token = null;
        do
        {
            var page = await client.ListStateMachinesAsync(new ListStateMachinesRequest { NextToken = token }, cancellationToken);
            foreach (var item in page.StateMachines ?? [])
            {
                yield return item;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }

    /// <summary>Every execution matching <paramref name="request"/> (its NextToken is ignored).</summary>
    public static async IAsyncEnumerable<ExecutionListItem> ListAllExecutionsAsync(this IStepFunctionsClient client, ListExecutionsRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        string? token = null;
        do
        {
            var page = await client.ListExecutionsAsync(request with { NextToken = token }, cancellationToken);
            foreach (var item in page.Executions ?? [])
            {
                yield return item;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }

    /// <summary>Every history event of the execution in <paramref name="request"/> (its NextToken is ignored).</summary>
    public static async IAsyncEnumerable<HistoryEvent> GetAllExecutionHistoryAsync(this IStepFunctionsClient client, GetExecutionHistoryRequest request, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        string? token = null;
        do
        {
            var page = await client.GetExecutionHistoryAsync(request with { NextToken = token }, cancellationToken);
            foreach (var item in page.Events ?? [])
            {
                yield return item;
            }

            token = Paging.Next(token, page.NextToken);
        }
        while (token is not null);
    }
}
