using System.Text.Json;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Cli.Backends;

namespace EksProvisioner.Cli.Local;

/// <summary>
/// The environments of a local account, one directory each under <c>STATE/environments/NAME</c>: the
/// last execution's record, its history and the kubeconfig. The engine itself lives only as long as
/// the process, so this is how <c>status</c>, <c>list</c> and <c>history</c> work across runs.
/// </summary>
public sealed class EnvironmentRecords(string stateDirectory)
{
    /// <summary>The status of a record saved when its execution started; the final record replaces it.</summary>
    public const string Running = "RUNNING";

    private readonly StateLayout _layout = new(stateDirectory);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    public string Directory(string name) => Path.Combine(_layout.EnvironmentsDirectory, name);

    public string KubeconfigPath(string name) => Path.Combine(Directory(name), "kubeconfig");

    public void Save(EnvironmentRecord record, IReadOnlyList<HistoryEvent> history)
    {
        ArgumentNullException.ThrowIfNull(record);
        var dir = Directory(record.Name);
        System.IO.Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, "record.json"), JsonSerializer.Serialize(record, Json));
        SaveHistory(record.Name, record.Operation, history);
    }

    /// <summary>
    /// Saves the history of a running <paramref name="operation"/> as far as it goes, so the console, which polls
    /// these files, shows the run moving; written to a side file and moved, so a reader never sees half of it.
    /// </summary>
    public void SaveHistory(string name, string operation, IReadOnlyList<HistoryEvent> history)
    {
        var dir = Directory(name);
        System.IO.Directory.CreateDirectory(dir);
        var path = Path.Combine(dir, $"history-{operation}.json");
        File.WriteAllText(path + ".tmp", JsonSerializer.Serialize(history, HistoryEvents.Json));
        File.Move(path + ".tmp", path, overwrite: true);
    }

    /// <summary>
    /// Records that <paramref name="operation"/> started, before waiting for it: if this process dies, the
    /// record stays RUNNING and <see cref="LocalPhases"/> shows the environment as interrupted.
    /// </summary>
    public void SaveStarted(string name, string region, string operation, string executionArn, DateTimeOffset startDate) =>
        Save(new EnvironmentRecord(name, region, operation, executionArn, Running, null, null, 0, 0, [], null, startDate, null), []);

    public EnvironmentRecord? Load(string name)
    {
        var path = Path.Combine(Directory(name), "record.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<EnvironmentRecord>(File.ReadAllText(path), Json) : null;
    }

    /// <summary>The history of the environment's last <paramref name="operation"/> (up or down), or null.</summary>
    public IReadOnlyList<HistoryEvent>? History(string name, string operation)
    {
        var path = Path.Combine(Directory(name), $"history-{operation}.json");
        return File.Exists(path) ? JsonSerializer.Deserialize<List<HistoryEvent>>(File.ReadAllText(path), HistoryEvents.Json) : null;
    }

    public IReadOnlyList<EnvironmentRecord> All()
    {
        var root = _layout.EnvironmentsDirectory;
        return !System.IO.Directory.Exists(root)
            ? []
            : [.. System.IO.Directory.GetDirectories(root).Select(d => Load(Path.GetFileName(d))).OfType<EnvironmentRecord>().OrderBy(r => r.Name, StringComparer.Ordinal)];
    }
}
