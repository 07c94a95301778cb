using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class StageTableTests
{
    [Fact]
    public void AddStages_EveryStage_ConstructsWithoutCallingAwsAndBuildsTheClientsOnce()
    {
        using var clients = new StageClients(TestAws.Options(), TimeProvider.System, Randomizers.Fixed(0.5));
        var made = 0;
        var environment = new Dictionary<string, string>
        {
            ["EKSPROV_PROVISION_STATE_MACHINE_ARN"] = "arn:aws:states:us-east-1:123456789012:stateMachine:p",
            ["EKSPROV_TEARDOWN_STATE_MACHINE_ARN"] = "arn:aws:states:us-east-1:123456789012:stateMachine:t",
            ["EKSPROV_WEBHOOK_SECRET_PARAMETER"] = "/eksprov/webhook-secret",
        };
        var host = new StageHost(
            () =>
            {
                made++;
                return clients;
            },
            environment.GetValueOrDefault,
            TextWriter.Null);
        var stages = new LambdaStages().AddStages(StageTable.All, host);

        foreach (var name in stages.Names)
        {
            Assert.True(stages.TryGet(name, out var factory));
            Assert.NotNull(factory());
        }

        Assert.Equal(StageTable.All.Count, stages.Names.Count);
        Assert.Equal(1, made);
    }

    [Fact]
    public void AddStages_Registering_CallsNoFactory()
    {
        var host = new StageHost(() => throw new InvalidOperationException("not constructed"), _ => null, TextWriter.Null);

        var stages = new LambdaStages().AddStages(StageTable.All, host);

        Assert.Contains("CreateCluster", stages.Names);
        Assert.Contains("Webhook", stages.Names);
    }

    [Fact]
    public void Workflow_TheTriggers_AreLeftOut()
    {
        Assert.Equal(["Events", "Reaper", "Webhook"], StageTable.All.Where(s => s.IsTrigger).Select(s => s.Name).Order(StringComparer.Ordinal));
        Assert.DoesNotContain(StageTable.Workflow, s => s.IsTrigger);
        Assert.All(StageTable.Workflow, s => Assert.True(s.InputType is not null && s.OutputType is not null, s.Name));
    }

    [Fact]
    public void Of_Name_GivesTheTemplateFunctionAndPlaceholder()
    {
        var stage = StageTable.All.Single(s => s.Name == "CheckNodegroup");

        Assert.Equal(("CheckNodegroupFunction", "CheckNodegroupFunctionArn"), (stage.FunctionId, stage.Placeholder));
    }
}
