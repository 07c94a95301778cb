namespace EksProvisioner.Cli.Tests;

public sealed class GuardrailOptionsTests
{
    [Theory]
    [InlineData("--max-nodes", "1", "nodes at most (maxSize summed) exceeds the limit of 1 ")]
    [InlineData("--max-hourly-cost", "0.01", "exceeds the limit of $0.01")]
    [InlineData("--allowed-instance-families", "t3,c5", "'m5.large' is of the instance family m5, which is not allowed")]
    [InlineData("--max-nodes", "0", "--max-nodes must be 1 or more")]
    [InlineData("--max-hourly-cost", "0", "--max-hourly-cost must be above 0")]
    public async Task Plan_RequestAboveTheFlagOrFlagOutOfRange_ExitsTwoNamingTheFigureAndTheLimit(string flag, string value, string expected)
    {
        var run = await CliRun.RunAsync("plan", StateDir.Minimal, flag, value);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains(expected, run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
    }

    [Fact]
    public async Task Up_RequestAboveMaxNodes_ExitsTwoAndStartsNothing()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path, "--max-nodes", "1");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("exceeds the limit of 1 ", run.Stderr, StringComparison.Ordinal);
        Assert.Empty(run.Stdout);
        Assert.False(Directory.Exists(Path.Combine(state.Path, "environments", "dev")));
    }

    [Fact]
    public async Task Plan_WithinRaisedLimits_TextShowsTheVerdictWithFiguresAndLimits()
    {
        var run = await CliRun.RunAsync("plan", StateDir.Minimal, "--max-nodes", "7", "--allowed-instance-families", "m5");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Guardrails: within limits (", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" of 7 nodes at most, ", run.Stdout, StringComparison.Ordinal);
        Assert.Contains(" of $10.00 per hour at most, families m5)", run.Stdout, StringComparison.Ordinal);
    }
}
