using System.Text.Json.Nodes;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// Every path through statemachine/provision-environment.asl.json (happy path, each Retry rule, each Catch),
/// driven by the test cases of PathMocks/provision-mocks.json as Step Functions Local would run them.
/// </summary>
public sealed class ProvisionPathTests
{
    private const string Deleted = """rolled back: ["vpc-0123456789abcdef0"]""";

    [Fact]
    public async Task Execution_HappyPath_SucceedsWithBuildOutputResult()
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync("HappyPath");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal("https://paths.eks.local", JsonNode.Parse(result.Output!)!["endpoint"]!.GetValue<string>());
        Assert.Empty(path.FailedAttempts());
        Assert.Equal(0, path.Entered("Rollback"));
        Assert.Equal(1, path.Entered("CreateNodegroup"));
        Assert.Equal(1, path.Entered("CreateFargateProfile"));
        Assert.Equal(0, path.Entered("WaitForCluster"));
    }

    [Fact]
    public async Task Execution_ClusterPendingOnce_WaitsTheReturnedSecondsOnTheVirtualClock()
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync("ClusterWaitLoop");

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal(2, path.Entered("CheckCluster"));
        Assert.Equal(1, path.Entered("WaitForCluster"));
        Assert.Equal(TimeSpan.FromSeconds(60), result.StopDate - result.StartDate);
    }

    [Theory]
    [InlineData("ThrottledCreateNetworkRetried", "AwsThrottledException")]
    [InlineData("IamRoleNotReadyCreateClusterRetried", "IamRoleNotReadyException")]
    [InlineData("ResourceNotReadyCreateNodegroupRetried", "ResourceNotReadyException")]
    public async Task Execution_TransientErrorOnce_RetriedThenSucceeds(string testCase, string error)
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync(testCase);

        Assert.Equal(ExecutionStatus.Succeeded, result.Status);
        Assert.Equal([error], path.FailedAttempts());
        Assert.Equal(0, path.Entered("Rollback"));
    }

    [Fact]
    public async Task Execution_RequestInvalid_FailsWithoutRollback()
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync("RequestInvalid");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("EnvironmentRequestInvalidException", result.Error);
        Assert.Equal("name: required", result.Cause);
        Assert.Equal(1, path.Entered("RequestInvalid"));
        Assert.Equal(0, path.Entered("Rollback"));
        Assert.Equal(0, path.Entered("CreateFoundation"));
    }

    [Theory]
    [InlineData("CreateFoundationFails", "AwsAccessDeniedException")]
    [InlineData("CreateClusterFails", "QuotaExceededException")]
    [InlineData("AwaitClusterAndNetworkFails", "ResourceFailedException")]
    [InlineData("CreateCapacityFails", "ResourceFailedException")]
    [InlineData("BuildOutputFails", "AwsRequestFailedException")]
    public async Task Execution_StageFails_RollsBackAndFailsWithOriginalError(string testCase, string error)
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync(testCase);

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal(error, result.Error);
        Assert.EndsWith(Deleted, result.Cause, StringComparison.Ordinal);
        Assert.Equal(1, path.Entered("Rollback"));
        Assert.Equal(1, path.Entered("ProvisioningFailed"));
        Assert.Equal(0, path.Entered("EnvironmentReady"));
    }

    [Fact]
    public async Task Execution_RollbackTaskFailedOnce_RetriedAfterSixtySecondsThenProvisioningFailed()
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync("RollbackRetried");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("AwsRequestFailedException", result.Error);
        Assert.EndsWith(Deleted, result.Cause, StringComparison.Ordinal);
        Assert.Equal(["AwsRequestFailedException", "States.TaskFailed"], path.FailedAttempts());
        Assert.True(result.StopDate - result.StartDate >= TimeSpan.FromSeconds(60));
    }

    [Fact]
    public async Task Execution_RollbackFailsTwice_RollbackIncompleteWithOriginalError()
    {
        var path = PathEngine.Provision();

        var result = await path.RunAsync("RollbackIncomplete");

        Assert.Equal(ExecutionStatus.Failed, result.Status);
        Assert.Equal("QuotaExceededException", result.Error);
        Assert.Equal("cluster limit reached | ROLLBACK INCOMPLETE: teardown failed: DependencyStillPresentException", result.Cause);
        Assert.Equal(["QuotaExceededException", "States.TaskFailed", "States.TaskFailed"], path.FailedAttempts());
        Assert.Equal(1, path.Entered("RollbackIncomplete"));
        Assert.Equal(0, path.Entered("ProvisioningFailed"));
    }
}
