using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>Paths through statemachine/teardown-environment.asl.json from PathMocks/teardown-mocks.json.</summary>
public sealed class TeardownPathTests
{
    private const string Input = """{"environmentName":"paths","region":"us-east-1"}""";

    [Fact]
    public async Task Execution_HappyPath_SucceedsWithVerifyResult()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("HappyPath", Input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("vpc-0123456789abcdef0", JsonNode.Parse(result.Output!)!["deleted"]![0]!.GetValue<string>());
        Assert.Empty(path.FailedAttempts());
        Assert.Equal(1, path.Entered("DeleteRoles"));
    }

    [Fact]
    public async Task Execution_ClusterDeletionPendingOnce_WaitsTheReturnedSeconds()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("ClusterDeletionWaitLoop", Input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(2, path.Entered("DeleteCluster"));
        Assert.Equal(TimeSpan.FromSeconds(30), result.StopDate - result.StartDate);
    }

    [Fact]
    public async Task Execution_ThrottledOnce_RetriedThenSucceeds()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("ThrottledDeleteNodegroupsRetried", Input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(["AwsThrottledException"], path.FailedAttempts());
    }

    [Fact]
    public async Task Execution_NetworkBlockedOnce_WaitsAndPassesAgainWithoutARetry()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("NetworkBlockedOncePassedAgain", Input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Empty(path.FailedAttempts());
        Assert.Equal(2, path.Entered("DeleteNetwork"));
        Assert.Equal(1, path.Entered("DeleteRoles"));
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
    }

    [Fact]
    public async Task Execution_RoleBlockedEveryPass_VerifyFailsNamingWhatIsLeft()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("RolesBlockedEveryPass", Input);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("TeardownIncompleteException", result.Error);
        Assert.Contains("role paths-node", result.Cause, StringComparison.Ordinal);
        Assert.Equal(8, path.Entered("DeleteRoles"));
        Assert.Equal(1, path.Entered("Verify"));
        Assert.Equal(TimeSpan.FromSeconds(7 * 60), result.StopDate - result.StartDate);
    }
}
