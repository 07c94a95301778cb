using Amazon.Runtime;
using EksProvisioner.Cli.Backends;
using EksProvisioner.Core.Errors;
using EksProvisioner.Core.Time;

namespace EksProvisioner.Cli.Tests;

public sealed class AwsFailuresTests
{
    [Fact]
    public async Task ReportAsync_NoCredentials_SaysHowToProvideThemOrUseLocal()
    {
        using var stderr = new StringWriter();
        var context = new CliContext(TextWriter.Null, stderr, TimeProvider.System, Randomizers.Seeded(0), false, _ => null);

        var code = await AwsFailures.ReportAsync(context, new AmazonClientException("Failed to resolve AWS credentials. The credential providers used to search for credentials returned the following errors: ..."));

        Assert.Equal(ExitCodes.Invalid, code);
        Assert.Contains("--profile", stderr.ToString(), StringComparison.Ordinal);
        Assert.Contains("--local", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAsync_ServiceError_NamesTheServiceAndOperationWithoutTheCredentialsHint()
    {
        using var stderr = new StringWriter();
        var context = new CliContext(TextWriter.Null, stderr, TimeProvider.System, Randomizers.Seeded(0), false, _ => null);

        await AwsFailures.ReportAsync(context, new AwsAccessDeniedException("not allowed") { Service = "states", Operation = "StartExecution" });

        Assert.StartsWith("eksprov: AWS call failed (states StartExecution): not allowed", stderr.ToString(), StringComparison.Ordinal);
        Assert.DoesNotContain("--profile", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ReportAsync_ServiceError_ExitsOneNotUsage()
    {
        var context = new CliContext(TextWriter.Null, TextWriter.Null, TimeProvider.System, Randomizers.Seeded(0), false, _ => null);

        var code = await AwsFailures.ReportAsync(context, new AwsThrottledException("Rate exceeded") { Service = "states", Operation = "DescribeExecution" });

        Assert.Equal(ExitCodes.Failed, code);
    }
}
