using EksProvisioner.Testing;
using Xunit.Sdk;

namespace EksProvisioner.Functions.Tests.StateMachineSources;

public sealed class GeneratedFileTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("eksprov-generated-");

    private string PathOf(string name) => Path.Combine(_folder.FullName, name);

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public void AssertCurrent_SameText_Passes()
    {
        File.WriteAllText(PathOf("a.json"), "{}\n");

        GeneratedFile.AssertCurrent(PathOf("a.json"), "{}\n", "make it", update: false);
    }

    [Fact]
    public void AssertCurrent_StaleFile_FailsWithTheFirstDifferentLineAndHowToRegenerate()
    {
        File.WriteAllText(PathOf("a.json"), "{\n  \"A\": 1\n}\n");

        var failure = Assert.Throws<FailException>(() => GeneratedFile.AssertCurrent(PathOf("a.json"), "{\n  \"A\": 2\n}\n", "make it", update: false));

        Assert.Contains("line 2: has '\"A\": 1', expected '\"A\": 2'", failure.Message);
        Assert.EndsWith("regenerate with\n  make it", failure.Message);
        Assert.Equal("{\n  \"A\": 1\n}\n", File.ReadAllText(PathOf("a.json")));
    }

    [Fact]
    public void AssertCurrent_OnlyTheFinalNewlineMissing_FailsSayingSo()
    {
        File.WriteAllText(PathOf("a.json"), "{}");

        var failure = Assert.Throws<FailException>(() => GeneratedFile.AssertCurrent(PathOf("a.json"), "{}\n", "make it", update: false));

        Assert.Contains("(no final newline)", failure.Message);
    }

    [Fact]
    public void AssertCurrent_MissingFile_FailsSayingSo()
    {
        var failure = Assert.Throws<FailException>(() => GeneratedFile.AssertCurrent(PathOf("none.json"), "{}\n", "make it", update: false));

        Assert.Contains("is missing", failure.Message);
    }

    [Fact]
    public void AssertCurrent_UpdateRequested_RewritesTheFile()
    {
        File.WriteAllText(PathOf("a.json"), "old");

        GeneratedFile.AssertCurrent(PathOf("a.json"), "{}\n", "make it", update: true);

        Assert.Equal("{}\n", File.ReadAllText(PathOf("a.json")));
    }
}
