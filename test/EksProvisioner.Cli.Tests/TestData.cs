using System.Text.Json;

namespace EksProvisioner.Cli.Tests;

/// <summary>The request files shared with the Core tests (linked into this project's output).</summary>
internal static class TestData
{
    public static string InvalidFolder => Path.Combine(AppContext.BaseDirectory, "Data", "invalid");

    public static string ExamplesFolder => Path.Combine(AppContext.BaseDirectory, "Examples");

    public static IReadOnlyDictionary<string, string> ExpectedProblems { get; } =
        JsonSerializer.Deserialize<Dictionary<string, string>>(
            File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Data", "invalid-expected.json")))!;

    public static TheoryData<string> InvalidCases() => new(ExpectedProblems.Keys.Order(StringComparer.Ordinal));

    public static TheoryData<string> Examples() =>
        new(Directory.GetFiles(ExamplesFolder, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!);
}
