using EksProvisioner.Aws.StepFunctions;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// The terminal's live progress: a heading with the elapsed simulated and real time, one row per stage
/// with a spinner while it runs, and the rollback under a rule of its own. Thread-safe: history events
/// arrive from the follower while a timer redraws.
/// </summary>
internal sealed class LiveView(ProgressTracker tracker, string executionName, bool simulated, TimeProvider wall)
{
    private readonly Lock _gate = new();
    private readonly long _started = wall.GetTimestamp();

    public void Add(HistoryEvent e)
    {
        lock (_gate)
        {
            tracker.Add(e);
            tracker.TakeLines();
        }
    }

    public IRenderable Render()
    {
        lock (_gate)
        {
            var real = wall.GetElapsedTime(_started);
            var spinner = Spinner.Known.Dots.Frames;
            var frame = spinner[(int)(real.TotalMilliseconds / 100) % spinner.Count];
            var elapsed = Elapsed.Format(tracker.Latest - tracker.Start);
            var heading = simulated
                ? $"[bold]{Markup.Escape(executionName)}[/]  {elapsed} simulated, {Elapsed.Format(real)} real"
                : $"[bold]{Markup.Escape(executionName)}[/]  {Elapsed.Format(real)}";
            var parts = new List<IRenderable> { new Markup(heading), Table(tracker.Rows.Where(r => !r.Rollback), frame) };
            if (tracker.Rows.Any(r => r.Rollback))
            {
                parts.Add(new Rule("[yellow]Rollback[/]") { Justification = Justify.Left });
                parts.Add(Table(tracker.Rows.Where(r => r.Rollback), frame));
            }

            return new Rows(parts);
        }
    }

    private Table Table(IEnumerable<StageRow> rows, string frame)
    {
        var table = new Table().NoBorder().HideHeaders().AddColumn("").AddColumn("").AddColumn(new TableColumn("").RightAligned()).AddColumn("");
        foreach (var row in rows)
        {
            var icon = row.Status switch
            {
                StageStatus.Done => "[green]✓[/]",
                StageStatus.Failed => "[red]✗[/]",
                _ => $"[blue]{frame}[/]",
            };
            var took = Elapsed.Format((row.Ended ?? tracker.Latest) - row.Started);
            table.AddRow(icon, Markup.Escape(row.Words), took, row.Note is null ? "" : $"[yellow]{Markup.Escape(row.Note)}[/]");
        }

        return table;
    }
}
