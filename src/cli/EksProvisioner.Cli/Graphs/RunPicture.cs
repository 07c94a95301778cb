using EksProvisioner.Aws.StepFunctions;

namespace EksProvisioner.Cli.Graphs;

/// <summary>What a picture of one run is made of: the definition it ran and its history so far (null: the definition alone).</summary>
internal sealed record RunPicture(string Title, string Definition, IReadOnlyList<HistoryEvent>? History)
{
    public string Render(string format) =>
        GraphFormats.Render(format, StateGraphReader.Read(Definition), History is null ? null : ExecutionRuns.From(History), Title);
}
