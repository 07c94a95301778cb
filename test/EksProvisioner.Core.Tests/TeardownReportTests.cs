using EksProvisioner.Core.Teardown;

namespace EksProvisioner.Core.Tests;

public sealed class TeardownReportTests
{
    [Fact]
    public void Parse_MessageWithRefusals_ListsEveryResourceWithWhy()
    {
        var message = TeardownReport.Message(
            "dev",
            ["eks-cluster:eksprov-dev (DELETING)", "subnet:subnet-1", "vpc:vpc-1"],
            ["subnet:subnet-1: DependencyViolation: in use; by eni-1", "vpc:vpc-1: DependencyViolation: has subnets"]);

        var left = TeardownReport.Parse("ROLLBACK INCOMPLETE: " + message);

        Assert.Equal(
            [
                new LeftResource("eks-cluster:eksprov-dev (DELETING)", TeardownReport.StillExists),
                new LeftResource("subnet:subnet-1", "DependencyViolation: in use; by eni-1"),
                new LeftResource("vpc:vpc-1", "DependencyViolation: has subnets"),
            ],
            left);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("CreateNodegroup failed: quota")]
    public void Parse_NoReport_IsEmpty(string? text) => Assert.Empty(TeardownReport.Parse(text));

    [Fact]
    public void Message_NothingRefused_SaysHowManyAndLeavesOutRefused()
    {
        var message = TeardownReport.Message("dev", ["vpc:vpc-1"], []);

        Assert.Equal("teardown of environment dev left 1 resource(s): vpc:vpc-1", message);
    }
}
