using System.Diagnostics;
using System.IO.Compression;
using System.Text.Json;
using EksProvisioner.Testing;

namespace EksProvisioner.Aws.Tests;

/// <summary>
/// Loads the botocore service models installed with the aws CLI (found through the python3 that has
/// botocore). Stands in for AWS's published API definitions.
/// </summary>
internal static class BotocoreModels
{
    private static readonly Lazy<string?> DataDirectory = new(FindDataDirectory);
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, JsonElement> Loaded = new();

    /// <summary>The service-2.json of <paramref name="service"/>/<paramref name="version"/>; skips (or fails on CI) when botocore is absent.</summary>
    public static JsonElement Load(string service, string version)
    {
        var directory = DataDirectory.Value;
        if (directory is null)
        {
            const string reason = "python3 with botocore is not installed, so the botocore service models are unavailable";
            if (ExternalTools.Required)
            {
                throw new InvalidOperationException(reason + "; they are required on CI.");
            }

            Assert.Skip(reason);
        }

        return Loaded.GetOrAdd(Path.Combine(directory, service, version), Read);
    }

    private static JsonElement Read(string folder)
    {
        var gzipped = Path.Combine(folder, "service-2.json.gz");
        using var stream = File.Exists(gzipped)
            ? (Stream)new GZipStream(File.OpenRead(gzipped), CompressionMode.Decompress)
            : File.OpenRead(Path.Combine(folder, "service-2.json"));
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.Clone();
    }

    private static string? FindDataDirectory()
    {
        var python = ExternalTools.PythonWithBotocore();
        if (python is null)
        {
            return null;
        }

        var info = new ProcessStartInfo(python, ["-c", "import botocore,os;print(os.path.dirname(botocore.__file__)+'/data')"])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(info);
        if (process is null)
        {
            return null;
        }

        var output = process.StandardOutput.ReadToEnd().Trim();
        process.WaitForExit();
        return process.ExitCode == 0 && Directory.Exists(output) ? output : null;
    }
}
