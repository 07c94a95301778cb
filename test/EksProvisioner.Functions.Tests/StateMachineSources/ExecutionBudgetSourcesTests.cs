using System.Text.Json.Nodes;
using EksProvisioner.Functions.Tests.Deployment;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

/// <summary>The state machine sources carry ExecutionBudget's numbers, so the rollback keeps its own time.</summary>
public sealed class ExecutionBudgetSourcesTests
{
    [Fact]
    public void ProvisionSource_TimeoutSeconds_IsTheProvisioningBudgetPlusEveryRollbackAttempt()
    {
        var provision = Source("provision-environment.json");

        Assert.Equal(ExecutionBudget.ProvisionExecutionSeconds, provision["TimeoutSeconds"]!.GetValue<int>());
        Assert.Equal(3600 + (2 * 3600) + 60, ExecutionBudget.ProvisionExecutionSeconds);
    }

    [Fact]
    public void TeardownSource_TimeoutSeconds_IsOneTeardownBudget() =>
        Assert.Equal(ExecutionBudget.TeardownSeconds, Source("teardown-environment.json")["TimeoutSeconds"]!.GetValue<int>());

    [Fact]
    public void RollbackSecondPass_RetriesOnceAfterTheBudgetedPause()
    {
        var policy = Source("retry-policies.json")["Policies"]!["RollbackSecondPass"]!;

        Assert.Equal(ExecutionBudget.RollbackAttempts - 1, policy["MaxAttempts"]!.GetValue<int>());
        Assert.Equal(ExecutionBudget.RollbackRetrySeconds, policy["IntervalSeconds"]!.GetValue<int>());
    }

    private static JsonNode Source(string file) => JsonNode.Parse(RepositoryFiles.Read(Path.Combine("statemachine", "source", file)))!;
}
