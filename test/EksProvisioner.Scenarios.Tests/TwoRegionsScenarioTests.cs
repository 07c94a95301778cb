using EksProvisioner.Cli.Local;
using EksProvisioner.Core.Naming;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// One account, two regional stacks (local accounts in us-east-1 and eu-central-1 over one state
/// directory, so IAM, which is global, is shared): both provision an environment named dev.
/// </summary>
public sealed class TwoRegionsScenarioTests
{
    [Fact]
    public async Task Down_DevInOneRegion_LeavesTheOtherRegionsDevAndItsRoles()
    {
        var directory = Directory.CreateTempSubdirectory("eksprov-two-regions-").FullName;
        try
        {
            await using (var eastStack = await LocalScenario.StartAsync(Options(directory, "us-east-1")))
            {
                Assert.Equal(ExecutionStatus.Succeeded, (await eastStack.UpAsync("dev")).Result.Status);
            }

            await using (var centralStack = await LocalScenario.StartAsync(Options(directory, "eu-central-1")))
            {
                Assert.Equal(ExecutionStatus.Succeeded, (await centralStack.UpAsync("dev")).Result.Status);
                Assert.Equal(ExecutionStatus.Succeeded, (await centralStack.DownAsync("dev")).Result.Status);
            }

            await using var after = await LocalScenario.StartAsync(Options(directory, "us-east-1"));
            var left = await after.Account.ResourcesAsync("dev", TestContext.Current.CancellationToken);
            var east = NameScope.Default("us-east-1").For("dev");
            var central = NameScope.Default("eu-central-1").For("dev");
            var roles = left.Where(r => r.Service == "iam").Select(r => r.Id).ToList();
            Assert.Contains(east.ClusterRole, roles);
            Assert.Contains(east.NodeRole, roles);
            Assert.DoesNotContain(central.ClusterRole, roles);
            Assert.Contains(left, r => r.Service == "eks" && r.Id.Contains(east.Cluster, StringComparison.Ordinal));
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    private static LocalAccountOptions Options(string directory, string region) => new() { StateDirectory = directory, Region = region };
}
