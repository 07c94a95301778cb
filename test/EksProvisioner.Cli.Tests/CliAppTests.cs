namespace EksProvisioner.Cli.Tests;

public sealed class CliAppTests
{
    [Fact]
    public async Task RunAsync_Help_ListsTheCommands()
    {
        var run = await CliRun.RunAsync("help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("up", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Create an environment", run.Stdout, StringComparison.Ordinal);
        Assert.Empty(run.Stderr);
    }

    [Fact]
    public async Task RunAsync_HelpUp_ShowsTheUpCommandsOptions()
    {
        var run = await CliRun.RunAsync("help", "up");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--local", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("FILE", run.Stdout, StringComparison.Ordinal);
    }
}
