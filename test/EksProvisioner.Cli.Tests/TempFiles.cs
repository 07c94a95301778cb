namespace EksProvisioner.Cli.Tests;

/// <summary>A private temporary folder for files a test writes; deleted on dispose.</summary>
internal sealed class TempFiles : IDisposable
{
    public TempFiles()
    {
        Folder = Directory.CreateTempSubdirectory("eksprov-cli-").FullName;
    }

    public string Folder { get; }

    /// <summary>Writes <paramref name="text"/> to a new file named <paramref name="name"/> and answers its path.</summary>
    public string Write(string name, string text)
    {
        var path = Path.Combine(Folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
