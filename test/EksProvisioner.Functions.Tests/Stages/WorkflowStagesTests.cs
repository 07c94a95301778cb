using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class WorkflowStagesTests
{
    private static StageClients Clients() => new(
        new AwsClientOptions
        {
            Region = "us-east-1",
            Credentials = new BasicAWSCredentials("testing", "testing"),
            EndpointUrl = new Uri("http://127.0.0.1:1"),
            EnvironmentVariables = _ => null,
        },
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
