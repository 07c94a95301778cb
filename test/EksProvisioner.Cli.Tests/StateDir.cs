using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

/// <summary>A fresh state directory for one test, removed afterwards.</summary>
internal sealed class StateDir : IDisposable
{
    public string Path { get; } = Directory.CreateTempSubdirectory("eksprov-cli-").FullName;

    public static string Minimal => System.IO.Path.Combine(TestData.ExamplesFolder, "minimal.json");

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
