namespace EksProvisioner.Cli.Graphs;

/// <summary>The formats <c>eksprov graph</c> writes; the CLI and the console render through this one switch.</summary>
internal static class GraphFormats
{
    public const string Svg = "svg";
    public const string Mermaid = "mermaid";
    public const string Dot = "dot";

    public static readonly string[] All = [Svg, Mermaid, Dot];

    public static string Render(string format, StateGraph graph, IReadOnlyDictionary<string, StateRun>? runs, string? title) => format switch
    {
        Mermaid => MermaidRenderer.Render(graph, runs),
        Dot => DotRenderer.Render(graph, runs),
        _ => SvgRenderer.Render(graph, runs, title),
    };
}
