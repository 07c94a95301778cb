using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class WorkflowStagesTests
{
    private static StageClients Clients() => new(
        TestAws.Options(),
        TimeProvider.System,
        Randomizers.Fixed(0.5));

    [Fact]
    public void AddWorkflowStages_EveryStage_ConstructsWithoutCallingAws()
    {
        using var clients = Clients();
        var made = 0;
        var stages = new LambdaStages().AddWorkflowStages(() =>
        {
            made++;
            return clients;
        });

        foreach (var name in stages.Names)
        {
            Assert.True(stages.TryGet(name, out var factory));
            Assert.NotNull(factory());
        }

        Assert.Equal(1, made);
    }

    [Fact]
    public void AddWorkflowStages_StageNames_AreTheHandlerConstants()
    {
        var stages = new LambdaStages().AddWorkflowStages(() => throw new InvalidOperationException("not constructed"));

        Assert.Contains(CreateClusterHandler.StageName, stages.Names);
        Assert.Contains(VerifyTeardownHandler.StageName, stages.Names);
        Assert.Equal("CheckNodegroup", CheckNodegroupHandler.StageName);
    }
}
