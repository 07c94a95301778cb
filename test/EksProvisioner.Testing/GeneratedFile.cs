namespace EksProvisioner.Testing;

/// <summary>
/// A committed file that is generated from a smaller source: a test regenerates it in memory and compares.
/// With EKSPROV_UPDATE_GENERATED=1 the test rewrites the file instead, which is how it is regenerated.
/// </summary>
public static class GeneratedFile
{
    public static bool UpdateRequested => Environment.GetEnvironmentVariable("EKSPROV_UPDATE_GENERATED") == "1";

    /// <summary>Fails unless <paramref name="path"/> holds <paramref name="expected"/>; with <paramref name="update"/> writes it instead.</summary>
    public static void AssertCurrent(string path, string expected, string regenerate, bool update)
    {
        if (update)
        {
            File.WriteAllText(path, expected);
            return;
        }

        var actual = File.Exists(path) ? File.ReadAllText(path) : null;
        if (actual != expected)
        {
            Assert.Fail($"{path} is {(actual is null ? "missing" : "not what its source generates")} ({FirstDifference(actual ?? string.Empty, expected)}). "
                + $"It is generated: edit the source, not this file, then regenerate with\n  {regenerate}");
        }
    }

    private static string FirstDifference(string actual, string expected)
    {
        if (actual + "\n" == expected)
        {
            return "no final newline";
        }

        var actualLines = actual.Split('\n');
        var expectedLines = expected.Split('\n');
        for (var i = 0; i < Math.Max(actualLines.Length, expectedLines.Length); i++)
        {
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            if (a != e)
            {
                return $"line {i + 1}: has '{a.Trim()}', expected '{e.Trim()}'";
            }
        }

        return "line endings differ";
    }
}
