using System.Xml.Linq;
using EksProvisioner.Cli.Graphs;

namespace EksProvisioner.Cli.Tests.Graphs;

public sealed class SvgRendererTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public async Task Render_FailingCaughtRun_WellFormedWithOneGroupPerStateColouredByStatus()
    {
        var graph = StateGraphReader.Read(GraphDefinitions.FailingCaught);
        var runs = ExecutionRuns.From(await LocalRun.HistoryAsync(GraphDefinitions.FailingCaught));

        var svg = XDocument.Parse(SvgRenderer.Render(graph, runs, "run"));

        var states = svg.Descendants(Svg + "g").Where(g => g.Attribute("data-state") is not null).ToList();
        Assert.Equal(graph.Nodes.Select(n => n.Name), states.Select(g => g.Attribute("data-state")!.Value));
        Assert.Equal("caught", Status(states, "Create"));
        Assert.Equal("failed", Status(states, "ProvisioningFailed"));
        Assert.Equal("not-reached", Status(states, "Finish"));
        Assert.Equal("succeeded", Status(states, "Flaky"));
    }

    [Fact]
    public void Render_CatchEdge_DashedInTheCatchColour()
    {
        var svg = XDocument.Parse(SvgRenderer.Render(StateGraphReader.Read(GraphDefinitions.EveryKind), null));

        var catches = svg.Descendants(Svg + "path").Where(p => p.Attribute("class")?.Value == "edge catch").ToList();
        Assert.Single(catches);
        Assert.Equal(GraphStyle.CatchColour, catches[0].Attribute("stroke")!.Value);
        Assert.NotNull(catches[0].Attribute("stroke-dasharray"));
        Assert.Equal(3, svg.Descendants(Svg + "g").Count(g => g.Attribute("class")?.Value == "cluster"));
    }

    [Fact]
    public void Render_SameGraphTwice_SameText()
    {
        var graph = StateGraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json")));

        Assert.Equal(SvgRenderer.Render(graph, null), SvgRenderer.Render(StateGraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json"))), null));
    }

    [Fact]
    public void Lay_ProvisionMachine_StatesDoNotOverlapAndLoopsAreBackEdges()
    {
        var graph = StateGraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json")));

        var layout = LayeredLayout.Lay(graph);

        var boxes = layout.Nodes.Values.ToList();
        for (var i = 0; i < boxes.Count; i++)
        {
            for (var j = i + 1; j < boxes.Count; j++)
            {
                Assert.False(boxes[i].X < boxes[j].Right && boxes[j].X < boxes[i].Right && boxes[i].Y < boxes[j].Bottom && boxes[j].Y < boxes[i].Bottom, $"states {i} and {j} overlap");
            }
        }

        Assert.Contains(layout.BackEdges, e => e.From == "WaitForCluster" && e.To == "CheckCluster");
        Assert.True(layout.Layers["MergeReady"] > layout.Layers["ClusterActive"]);
    }

    private static string Status(List<XElement> states, string name) =>
        states.Single(g => g.Attribute("data-state")!.Value == name).Attribute("data-status")!.Value;
}
