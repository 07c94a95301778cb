using EksProvisioner.Cli.Display;

namespace EksProvisioner.Cli.Tests.Display;

public sealed class ErrorTextTests
{
    private const string Cause =
        """{"errorMessage":"eks:CreateNodegroup failed: quota. Request ID: 0f1e2d3c-aaaa-bbbb. More detail.","errorType":"QuotaExceededException"} | rolled back: ["vpc:vpc-1","iam-role:r"]""";

    [Fact]
    public void Lines_StageErrorWithRollback_NameOneSentenceRequestIdAndCountWithoutTheRawCause()
    {
        var lines = ErrorText.Lines("QuotaExceededException", Cause, verbose: false).ToList();

        Assert.Equal(
            [
                "Error:             QuotaExceededException: eks:CreateNodegroup failed: quota.",
                "Request id:        0f1e2d3c-aaaa-bbbb",
                "Rolled back:       2 resources",
            ],
            lines);
    }

    [Fact]
    public void Lines_Verbose_AddsTheRawCause()
    {
        var lines = ErrorText.Lines("QuotaExceededException", Cause, verbose: true).ToList();

        Assert.Equal("Cause:             " + Cause, lines[^1]);
    }
}
