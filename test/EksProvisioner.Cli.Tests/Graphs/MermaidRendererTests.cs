using System.Text.RegularExpressions;
using EksProvisioner.Cli.Graphs;

namespace EksProvisioner.Cli.Tests.Graphs;

/// <summary>
/// Mermaid's flowchart grammar, as far as we emit it: every line is a header, a node with one of the shapes,
/// a subgraph/end pair, an edge between declared ids, a linkStyle, a classDef or a class line.
/// </summary>
public sealed partial class MermaidRendererTests
{
    [Fact]
    public async Task Render_FailingCaughtRun_EveryLineFollowsTheShapeRules()
    {
        var graph = StateGraphReader.Read(GraphDefinitions.EveryKind);
        var text = MermaidRenderer.Render(graph, ExecutionRuns.From(await LocalRun.HistoryAsync(GraphDefinitions.FailingCaught)));

        var lines = text.TrimEnd('\n').Split('\n');
        Assert.Equal("flowchart TD", lines[0]);
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var depth = 0;
        foreach (var line in lines.Skip(1).Select(l => l.Trim()))
        {
            if (Node().Match(line) is { Success: true } node)
            {
                Assert.True(ids.Add(node.Groups["id"].Value), line);
            }
            else if (Edge().Match(line) is { Success: true } edge)
            {
                Assert.Contains(edge.Groups["from"].Value, ids);
                Assert.Contains(edge.Groups["to"].Value, ids);
            }
            else if (line.StartsWith("subgraph ", StringComparison.Ordinal))
            {
                Assert.Matches(Subgraph(), line);
                depth++;
            }
            else if (line == "end")
            {
                depth--;
            }
            else
            {
                Assert.Matches(Styling(), line);
            }
        }

        Assert.Equal(0, depth);
        Assert.Equal(graph.Nodes.Count, ids.Count);
    }

    [Fact]
    public void Render_ChoiceAndFinalStates_UseRhombusAndStadium()
    {
        var text = MermaidRenderer.Render(StateGraphReader.Read(GraphDefinitions.EveryKind), null);

        Assert.Contains("s0{\"Check<br/><small>Choice</small>\"}", text, StringComparison.Ordinal);
        Assert.Contains("([\"Done<br/><small>Succeed</small>\"])", text, StringComparison.Ordinal);
        Assert.Contains("-.->|States.ALL|", text, StringComparison.Ordinal);
    }

    // A label is a quoted string without a bare quote; shapes are [..], (..), {..} and ([..]).
    [GeneratedRegex("""^(?<id>s\d+)(\["[^"]*"\]|\("[^"]*"\)|\{"[^"]*"\}|\(\["[^"]*"\]\))$""")]
    private static partial Regex Node();

    [GeneratedRegex("""^(?<from>s\d+) (-->|-\.->|==>)(\|[^|"]+\|)? (?<to>s\d+)$""")]
    private static partial Regex Edge();

    [GeneratedRegex("""^subgraph c\d+\["[^"]*"\]$""")]
    private static partial Regex Subgraph();

    [GeneratedRegex("""^(linkStyle [\d,]+ \S+|classDef \w+ fill:#[0-9a-f]{6},stroke:#[0-9a-f]{6}|class [s\d,]+ \w+)$""")]
    private static partial Regex Styling();
}
