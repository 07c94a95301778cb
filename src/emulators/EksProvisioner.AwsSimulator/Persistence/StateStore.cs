using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace EksProvisioner.AwsSimulator.Persistence;

/// <summary>
/// Saves the whole account (every service's state and the clock) to one file in the state directory.
/// A write goes to a temporary file that is flushed to disk and then renamed over the old one, so a
/// crash leaves either the old state or the new one, never a torn file.
/// </summary>
internal sealed class StateStore
{
    private const string FileName = "account.json";
    private readonly string _directory;

    public StateStore(string directory)
    {
        _directory = directory;
        Directory.CreateDirectory(directory);
    }

    public string FilePath => Path.Combine(_directory, FileName);

    public AccountSnapshot? Load()
    {
        // A leftover temporary file is an interrupted write; the renamed file is the last complete one.
        if (!File.Exists(FilePath))
        {
            return null;
        }

        var root = JsonNode.Parse(File.ReadAllText(FilePath))?.AsObject()
            ?? throw new InvalidDataException($"{FilePath} is empty");
        var clock = DateTimeOffset.Parse(root["clock"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        var services = new Dictionary<string, JsonNode>(StringComparer.Ordinal);
        foreach (var (name, node) in root["services"]?.AsObject() ?? [])
        {
            if (node is not null)
            {
                services[name] = node;
            }
        }

        return new AccountSnapshot(clock, services);
    }

    public void Save(AccountSnapshot snapshot)
    {
        var services = new JsonObject();
        foreach (var (name, node) in snapshot.Services)
        {
            services[name] = node.DeepClone();
        }

        var root = new JsonObject
        {
            ["version"] = 1,
            ["clock"] = snapshot.Clock.ToString("O", CultureInfo.InvariantCulture),
            ["services"] = services,
        };
        var bytes = Encoding.UTF8.GetBytes(root.ToJsonString(new JsonSerializerOptions { WriteIndented = true }));
        var temp = FilePath + ".tmp";
        using (var stream = new FileStream(temp, FileMode.Create, FileAccess.Write, FileShare.None))
        {
            stream.Write(bytes);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temp, FilePath, overwrite: true);
    }
}
