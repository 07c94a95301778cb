using System.Text.Json.Nodes;

namespace EksProvisioner.Cli.Display;

/// <summary>
/// Plain words for state names and error names (StateWords.json, embedded): people read "Creating the
/// control plane", not CreateCluster. Data rather than code so that a new Task state is one line, and a
/// test fails when a Task state in statemachine/*.asl.json has none.
/// </summary>
internal sealed class StateWords
{
    private readonly Dictionary<string, string> _stages;
    private readonly Dictionary<string, string> _errors;
    private readonly HashSet<string> _rollback;

    private StateWords(JsonNode document)
    {
        _stages = Map(document["stages"]);
        _errors = Map(document["errors"]);
        _rollback = [.. document["rollback"]?.AsArray().Select(n => n!.GetValue<string>()) ?? []];
    }

    public static StateWords Default { get; } = Load();

    /// <summary>The words of a stage, or null for states that are plumbing (Choice, Wait, Pass...).</summary>
    public string? Stage(string state) => _stages.GetValueOrDefault(state);

    /// <summary>Why a retry happens, in words; the error name itself when the table has none.</summary>
    public string Reason(string error) => _errors.GetValueOrDefault(error) ?? error;

    /// <summary>True for a state that starts the rollback: it and everything after it are shown apart.</summary>
    public bool StartsRollback(string state) => _rollback.Contains(state);

    private static Dictionary<string, string> Map(JsonNode? node) =>
        node?.AsObject().ToDictionary(p => p.Key, p => p.Value!.GetValue<string>(), StringComparer.Ordinal) ?? [];

    private static StateWords Load()
    {
        using var stream = typeof(StateWords).Assembly.GetManifestResourceStream("EksProvisioner.Cli.Display.StateWords.json")
            ?? throw new InvalidOperationException("StateWords.json is not embedded.");
        return new StateWords(JsonNode.Parse(stream)!);
    }
}
