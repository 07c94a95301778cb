using System.Globalization;

namespace EksProvisioner.Cli.Graphs;

/// <summary>Colours and captions shared by the SVG, Mermaid and dot renderers, so all three read alike.</summary>
internal static class GraphStyle
{
    public static string Fill(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "#d3f9d8",
        RunStatus.Failed => "#ffe3e3",
        RunStatus.Caught => "#fff3bf",
        RunStatus.Running => "#d0ebff",
        _ => "#f1f3f5",
    };

    public static string Stroke(RunStatus status) => status switch
    {
        RunStatus.Succeeded => "#2b8a3e",
        RunStatus.Failed => "#c92a2a",
        RunStatus.Caught => "#e67700",
        RunStatus.Running => "#1971c2",
        _ => "#adb5bd",
    };

    public static string CssClass(RunStatus status) => status switch
    {
        RunStatus.NotReached => "not-reached",
        _ => status.ToString().ToLowerInvariant(),
    };

    public const string CatchColour = "#c92a2a";

    /// <summary>
    /// The second line of a state's box: without an execution its type; with one what happened, how
    /// long it took, and its retries.
    /// </summary>
    public static string Caption(GraphNode node, StateRun? run)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (run is null)
        {
            return node.Type;
        }

        var parts = new List<string>();
        switch (run.Status)
        {
            case RunStatus.NotReached:
                return "not reached";
            case RunStatus.Failed:
                parts.Add("failed: " + run.Error);
                break;
            case RunStatus.Caught:
                parts.Add("caught: " + run.Error);
                break;
            case RunStatus.Running:
                parts.Add("running");
                break;
        }

        if (run.Duration is { } duration)
        {
            parts.Add(Duration(duration));
        }

        if (run.Entries > 1)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"×{run.Entries}"));
        }

        if (run.Retries > 0)
        {
            parts.Add(string.Create(CultureInfo.InvariantCulture, $"retried {run.Retries}×"));
        }

        return string.Join(" · ", parts);
    }

    public static string Duration(TimeSpan t) => t.TotalSeconds switch
    {
        < 1 => "<1 s",
        < 60 => string.Create(CultureInfo.InvariantCulture, $"{t.TotalSeconds:0} s"),
        < 3600 => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes} min {t.Seconds} s"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours} h {t.Minutes} min"),
    };

    public static StateRun? RunOf(IReadOnlyDictionary<string, StateRun>? runs, string name) =>
        runs is null ? null : runs.GetValueOrDefault(name) ?? StateRun.NotReached;
}
