using System.Text.Json;

namespace EksProvisioner.Testing;

/// <summary>
/// The request files the Core and CLI tests run over (linked into each test project's output): invalid
/// cases with their one expected problem line, and the examples.
/// </summary>
public static class TestData
{
    public static string InvalidFolder => Path.Combine(AppContext.BaseDirectory, "Data", "invalid");

    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "Examples");

    /// <summary>File name -> the one exact problem line it must produce.</summary>
    public static IReadOnlyDictionary<string, string> ExpectedProblems { get; } =
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "invalid-expected.json")))!;

    public static TheoryData<string> InvalidCases() => new(ExpectedProblems.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(ExamplesFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);

    public static string Invalid(string file) => File.ReadAllText(Path.Combine(InvalidFolder, file));

    public static string Example(string file) => File.ReadAllText(Path.Combine(ExamplesFolder, file));
}
