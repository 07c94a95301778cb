using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

/// <summary>The line the CLI prints for an invalid request file of the shared test data.</summary>
internal static class CliProblems
{
    /// <summary>The contract's problem, except for a file that is not JSON: the CLI names it and its 1-based line.</summary>
    public static string Expected(string file) =>
        file == "not-json.json"
            ? $"eksprov: {Path.Combine(TestData.InvalidFolder, file)} line 1: not valid JSON: The JSON object contains a trailing comma at the end which is not supported in this mode."
            : TestData.ExpectedProblems[file];
}
