using EksProvisioner.AwsSimulator.Faults;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>The provisioning and teardown workflows end to end on the local account (virtual clock, in memory).</summary>
public sealed class ProvisioningScenarioTests
{
    [Fact]
    public async Task Up_MinimalRequest_SucceedsAndEveryResourceCarriesTheEnvironmentTag()
    {
        await using var scenario = await LocalScenario.StartAsync();

        var run = await scenario.UpAsync("dev");

        Assert.True(run.Result.Status == ExecutionStatus.Succeeded, $"{run.Result.Error}: {run.Result.Cause}");
        // What AWS makes on its own (main route table, default security group, ENIs) carries no tags in AWS
        // either; everything the workflow created and reported must.
        var all = await scenario.Account.AllResourcesAsync(TestContext.Current.CancellationToken);
        var created = System.Text.Json.Nodes.JsonNode.Parse(run.Result.Output!)!["resources"]!.AsArray();
        Assert.NotEmpty(created);
        var untagged = created
            .Select(c => (Id: c!["id"]!.GetValue<string>(), Name: c["name"]?.GetValue<string>()))
            .Where(c => !all.Any(r => (r.Id == c.Id || r.Id == c.Name || c.Id.EndsWith("/" + r.Id, StringComparison.Ordinal) || c.Id.Contains("/" + r.Id + "/", StringComparison.Ordinal))
                && r.Tags.TryGetValue("eksprov:environment", out var value) && value == "dev"))
            .Select(c => c.Id)
            .ToList();
        Assert.Empty(untagged);
        Assert.Contains(all, r => r.Type.Contains("cluster", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task Up_MinimalRequest_MeetsTheCriticalPathAndTransitionTargets()
    {
        await using var scenario = await LocalScenario.StartAsync();

        var run = await scenario.UpAsync("dev");

        // Cluster ACTIVE (600 s) then node group ACTIVE (240 s) under the default latency model.
        const double criticalPath = 600 + 240;
        Assert.InRange(run.SimulatedSeconds, criticalPath, criticalPath * 1.05);
        Assert.InRange(run.StateTransitions, 1, 60);
    }

    [Fact]
    public async Task Down_AfterUp_LeavesNothingWithTheEnvironmentTag()
    {
        await using var scenario = await LocalScenario.StartAsync();
        var up = await scenario.UpAsync("dev");
        Assert.Equal(ExecutionStatus.Succeeded, up.Result.Status);
        Assert.NotEmpty(await scenario.TaggedAsync("dev"));

        var down = await scenario.DownAsync("dev");

        Assert.True(down.Result.Status == ExecutionStatus.Succeeded, $"{down.Result.Error}: {down.Result.Cause}");
        Assert.Empty(await scenario.TaggedAsync("dev"));
    }

    [Fact]
    public async Task Up_NodegroupQuotaFault_FailsAfterRollbackLeavingNothing()
    {
        var faults = new FaultRules
        {
            Rules = [new FaultRule { Service = "eks", Operation = "CreateNodegroup", Error = new FaultError { Code = "ResourceLimitExceededException", Message = "node group quota" } }],
        };
        await using var scenario = await LocalScenario.StartAsync(faults);

        var run = await scenario.UpAsync("dev");

        Assert.Equal(ExecutionStatus.Failed, run.Result.Status);
        Assert.NotNull(run.Result.Error);
        Assert.Contains(run.History, e => e.Type == "TaskStateEntered" && e.StateEnteredEventDetails?.Name == "Rollback");
        Assert.Empty(await scenario.TaggedAsync("dev"));
    }
}
