using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.Cli.Local;
using EksProvisioner.Cli.Output;
using EksProvisioner.Functions.Stages;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>Rollbacks on the real state machine: what they may delete, their own time budget, and what they report when they cannot finish.</summary>
public sealed class RollbackSafetyScenarioTests
{
    [Fact]
    public async Task Up_SecondProvisioningAdoptingAReadyEnvironmentFails_RollbackLeavesTheFirstIntact()
    {
        // ValidateRequest without its existence check: the race it cannot close (two starts before either creates anything).
        var blind = Stage.Of<ValidateRequestInput, ValidatedRequest>("ValidateRequest", c => new ValidateRequest(c.TimeProvider, c.Region).RunAsync);
        await using var scenario = await LocalScenario.StartAsync(new LocalAccountOptions
        {
            StateDirectory = null,
            Faults = new FaultRules { Rules = [SafetyFaults.NodegroupQuota(call: 2)] },
            Stages = [.. StageTable.Workflow.Where(s => s.Name != "ValidateRequest"), blind],
        });
        var first = await scenario.UpAsync("dev");
        var before = await scenario.TaggedAsync("dev");

        var second = await scenario.UpAsync("dev", execution: "dev_up_again");

        Assert.True(first.Result.Status == ExecutionStatus.Succeeded, $"{first.Result.Error}: {first.Result.Cause}");
        Assert.Equal(ExecutionStatus.Failed, second.Result.Status);
        Assert.Equal(ProvisioningOutcome.RolledBack, ProvisioningOutcome.Of(second.Followed).Name);
        Assert.Equal(before, await scenario.TaggedAsync("dev"));
    }

    [Fact]
    public async Task Up_ClusterSlowerThanTheProvisioningBudget_RollsBackCompletely()
    {
        // Longer than the provisioning budget and than the whole execution timeout that the rollback used to share.
        var slow = LatencyModel.Default with { ClusterCreateSeconds = ExecutionBudget.ProvisionExecutionSeconds };
        await using var scenario = await LocalScenario.StartAsync(new LocalAccountOptions { StateDirectory = null, Latency = slow });

        var run = await scenario.UpAsync("dev");

        Assert.Equal(ExecutionStatus.Failed, run.Result.Status);
        Assert.Equal("WaitBudgetExhaustedException", run.Result.Error);
        Assert.Equal(ProvisioningOutcome.RolledBack, ProvisioningOutcome.Of(run.Followed).Name);
        Assert.Empty(await scenario.TaggedAsync("dev"));
    }

    [Fact]
    public async Task Up_OneSubnetKeepsRefusingDeletion_RollbackDeletesTheRestAndNamesThatSubnet()
    {
        var faults = new FaultRules { Rules = [SafetyFaults.NodegroupQuota(), .. SafetyFaults.OneSubnetInUse(subnets: 6)] };
        await using var scenario = await LocalScenario.StartAsync(faults);

        var run = await scenario.UpAsync("dev");

        var outcome = ProvisioningOutcome.Of(run.Followed);
        Assert.Equal(ProvisioningOutcome.RollbackIncomplete, outcome.Name);
        var subnet = Assert.Single(outcome.Left, l => l.Resource.StartsWith("subnet:", StringComparison.Ordinal));
        Assert.StartsWith("DependencyViolation: ", subnet.Why, StringComparison.Ordinal);
        Assert.Contains("The subnet has dependencies and cannot be deleted.", subnet.Why, StringComparison.Ordinal);
        var left = await scenario.TaggedAsync("dev");
        Assert.Single(left, r => r.StartsWith("ec2 subnet ", StringComparison.Ordinal));
        Assert.Contains(left, r => r.StartsWith("ec2 subnet " + subnet.Resource["subnet:".Length..], StringComparison.Ordinal));
        // Only what the subnet holds up may stay: its VPC (and a route table still associated with it).
        Assert.All(left, r => Assert.Matches("^ec2 (subnet|vpc|route-table) ", r));
        Assert.All(outcome.Left, l => Assert.Matches("^(subnet|vpc|route-table):", l.Resource));
    }
}
