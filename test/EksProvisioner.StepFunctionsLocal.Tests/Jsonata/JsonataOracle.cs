using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.StepFunctionsLocal.Tests.Jsonata;

/// <summary>
/// The JSONata reference implementation (npm <c>jsonata</c>, pinned in <c>oracle/package.json</c>) run by one node
/// process over a batch of JSON lines. Skips the calling test when node or the package is missing, or fails it
/// where oracles are required (CI, <c>EKSPROV_REQUIRE_TOOLS=1</c>).
/// </summary>
internal static class JsonataOracle
{
    public static string SourceFolder
    {
        get
        {
            var dir = new DirectoryInfo(AppContext.BaseDirectory);
            while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "EksProvisioner.slnx")))
            {
                dir = dir.Parent;
            }

            return Path.Combine(dir?.FullName ?? throw new InvalidOperationException("repository root not found"), "test", "EksProvisioner.StepFunctionsLocal.Tests", "Jsonata");
        }
    }

    public static async Task<IReadOnlyList<JsonObject>> EvaluateAsync(IReadOnlyList<(string Expression, JsonNode? Input)> cases, CancellationToken ct)
    {
        var node = ExternalTools.Require("node");
        var folder = Path.Combine(SourceFolder, "oracle");
        if (!File.Exists(Path.Combine(folder, "node_modules", "jsonata", "package.json")))
        {
            var reason = $"the jsonata package is not installed in {folder} (run 'npm ci' there)";
            if (ExternalTools.Required)
            {
                throw new InvalidOperationException(reason + "; it is required on CI.");
            }

            Assert.Skip(reason);
        }

        var start = new ProcessStartInfo(node, "evaluate.js")
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync(ct);
        var stderr = process.StandardError.ReadToEndAsync(ct);
        foreach (var (expression, input) in cases)
        {
            var line = new JsonObject { ["expr"] = expression, ["input"] = input?.DeepClone() };
            await process.StandardInput.WriteLineAsync(line.ToJsonString().AsMemory(), ct);
        }

        process.StandardInput.Close();
        var text = await stdout;
        await process.WaitForExitAsync(ct);
        Assert.True(process.ExitCode == 0, $"node failed: {await stderr}");
        var results = text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToList();
        Assert.Equal(cases.Count, results.Count);
        return results;
    }
}
