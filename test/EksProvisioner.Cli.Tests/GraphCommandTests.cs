using System.Xml.Linq;

namespace EksProvisioner.Cli.Tests;

public sealed class GraphCommandTests
{
    [Fact]
    public async Task Graph_AfterLocalUp_WritesSvgColouredByTheRun()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);
        var file = System.IO.Path.Combine(state.Path, "dev.svg");

        var run = await CliRun.RunAsync("graph", "dev", "--local", "--state-dir", state.Path, "-o", file);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var states = XDocument.Load(file).Descendants(XName.Get("g", "http://www.w3.org/2000/svg")).Where(g => g.Attribute("data-state") is not null).ToList();
        Assert.Equal("succeeded", states.Single(g => g.Attribute("data-state")!.Value == "EnvironmentReady").Attribute("data-status")!.Value);
        Assert.Equal("not-reached", states.Single(g => g.Attribute("data-state")!.Value == "Rollback").Attribute("data-status")!.Value);
    }

    [Fact]
    public async Task Graph_DefinitionFileAsDot_PrintsDigraphWithCatchDashed()
    {
        var run = await CliRun.RunAsync("graph", System.IO.Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json"), "--format", "dot");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.StartsWith("digraph StateMachine {", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("style=dashed", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Graph_UnknownEnvironment_ExitsOne()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("graph", "nope", "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("'nope'", run.Stderr, StringComparison.Ordinal);
    }
}
