using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Tests;

public sealed class CliRetryTests
{
    /// <summary>Seeds whose 30% throttling made the CLI's own DescribeExecution or GetExecutionHistory give up (exit 2) before.</summary>
    [Theory]
    [InlineData(3)]
    [InlineData(5)]
    [InlineData(7)]
    public async Task Up_ThirtyPercentThrottlingOnEveryService_SucceedsLocally(int seed)
    {
        using var state = new StateDir();
        using var files = new TempFiles();
        var faults = files.Write(
            "faults.json",
            $$$"""{"rules":[{"service":"*","operation":"*","probability":0.3,"seed":{{{seed}}},"error":{"code":"ThrottlingException","message":"Rate exceeded"}}]}""");

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--output", "json", "--state-dir", state.Path, "--faults", faults);

        Assert.True(run.ExitCode == ExitCodes.Ok, run.Stderr);
        Assert.Equal("SUCCEEDED", JsonNode.Parse(run.Stdout)!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task Up_AccessDeniedOnStartExecution_ExitsOneNamingTheCall()
    {
        using var state = new StateDir();
        using var files = new TempFiles();
        var faults = files.Write(
            "faults.json",
            """{"rules":[{"service":"states","operation":"StartExecution","error":{"code":"AccessDeniedException","message":"not allowed"}}]}""");

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path, "--faults", faults);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("AWS call failed (states StartExecution)", run.Stderr, StringComparison.Ordinal);
    }
}
