using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Support;

namespace EksProvisioner.Workflow.Tests.Support;

public sealed class TeardownPassTests
{
    private static readonly DependencyStillPresentException InUse = new("The subnet has dependencies") { AwsErrorCode = "DependencyViolation" };

    [Fact]
    public async Task DeleteAsync_OneRefused_DeletesTheOthersAndAsksForAnotherPass()
    {
        var pass = new TeardownPass(new TeardownInput("dev", "us-east-1", null), TestContext.Current.CancellationToken);

        await pass.DeleteAsync("subnet", "subnet-1", _ => throw InUse);
        await pass.DeleteAsync("subnet", "subnet-2", _ => Task.CompletedTask);
        var result = pass.Result();

        Assert.False(result.Done);
        Assert.Equal(TeardownWaits.DependencySeconds, result.WaitSeconds);
        Assert.Equal(["subnet:subnet-2"], result.Deleted);
        Assert.Equal(["subnet:subnet-1: DependencyViolation: The subnet has dependencies"], result.Blocked);
        Assert.Equal(1, result.Pass);
    }

    [Fact]
    public async Task Result_RefusedOnTheLastPass_IsDoneAndKeepsWhatIsLeftWithWhy()
    {
        var last = new TeardownInput("dev", "us-east-1", ["subnet:subnet-2"], Pass: TeardownWaits.DependencyPasses - 1);
        var pass = new TeardownPass(last, TestContext.Current.CancellationToken);

        await pass.DeleteAsync("subnet", "subnet-1", _ => throw InUse);
        var result = pass.Result();

        Assert.True(result.Done);
        Assert.Equal(["subnet:subnet-2"], result.Deleted);
        Assert.Equal(["subnet:subnet-1: DependencyViolation: The subnet has dependencies"], result.Blocked);
    }

    [Fact]
    public async Task Result_NothingRefused_IsDoneWithoutBlocked()
    {
        var pass = new TeardownPass(new TeardownInput("dev", "us-east-1", null, Pass: 3), TestContext.Current.CancellationToken);

        await pass.DeleteAsync("vpc", "vpc-1", _ => Task.CompletedTask);
        var result = pass.Result();

        Assert.True(result.Done);
        Assert.Null(result.Blocked);
        Assert.Equal(["vpc:vpc-1"], result.Deleted);
    }
}
