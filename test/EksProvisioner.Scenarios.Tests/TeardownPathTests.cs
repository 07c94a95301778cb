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

    [Theory]
    [InlineData("ThrottledDeleteNodegroupsRetried", "AwsThrottledException")]
    [InlineData("DependencyStillPresentDeleteNetworkRetried", "DependencyStillPresentException")]
    public async Task Execution_ErrorOnce_RetriedThenSucceeds(string testCase, string error)
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync(testCase, Input);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([error], path.FailedAttempts());
    }

    [Fact]
    public async Task Execution_DependencyAlwaysPresent_FailsAfterSixRetries()
    {
        var path = PathEngine.Teardown();

        var result = await path.RunAsync("DependencyStillPresentDeleteRolesExhausted", Input);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("DependencyStillPresentException", result.Error);
        Assert.Equal(Enumerable.Repeat("DependencyStillPresentException", 7), path.FailedAttempts());
        Assert.Equal(0, path.Entered("Verify"));
    }
}
