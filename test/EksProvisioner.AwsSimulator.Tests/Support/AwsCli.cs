using System.Diagnostics;
using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>Runs the real aws CLI (botocore) against an endpoint with dummy credentials.</summary>
public sealed class AwsCli(string executable, Uri endpoint)
{
    public static AwsCli Require(Uri endpoint) => new(Unshimmed(ExternalTools.Require("aws")), endpoint);

    /// <summary>The pyenv shim re-resolves the Python version in bash on every start; call the real script when it is there.</summary>
    private static string Unshimmed(string path)
    {
        var shims = Path.GetDirectoryName(path);
        var versions = shims is null ? null : Path.Combine(Path.GetDirectoryName(shims)!, "versions");
        if (versions is null || !Path.GetFileName(shims)!.Equals("shims", StringComparison.Ordinal) || !Directory.Exists(versions))
        {
            return path;
        }

        return Directory.GetDirectories(versions).Select(v => Path.Combine(v, "bin", "aws")).FirstOrDefault(File.Exists) ?? path;
    }

    public async Task<CliResult> RunAsync(params string[] arguments)
    {
        var info = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { "--endpoint-url", endpoint.GetLeftPart(UriPartial.Authority), "--output", "json" }.Concat(arguments))
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["AWS_ACCESS_KEY_ID"] = "testing";
        info.Environment["AWS_SECRET_ACCESS_KEY"] = "testing";
        info.Environment["AWS_DEFAULT_REGION"] = "us-east-1";
        info.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        info.Environment["AWS_MAX_ATTEMPTS"] = "1";
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start aws");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}

/// <summary>What the CLI printed: the parsed answer on success, the error code on failure.</summary>
public sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public JsonNode Json => ExitCode == 0 ? JsonNode.Parse(Stdout.Length == 0 ? "{}" : Stdout)! : throw new InvalidOperationException(ToString());

    /// <summary>The code botocore parsed from the error body: "An error occurred (Code) when calling ...".</summary>
    public string? ErrorCode
    {
        get
        {
            var start = Stderr.IndexOf("An error occurred (", StringComparison.Ordinal);
            if (start < 0)
            {
                return null;
            }

            start += "An error occurred (".Length;
            return Stderr[start..Stderr.IndexOf(')', start)];
        }
    }

    public override string ToString() => $"exit {ExitCode}\n{Stdout}\n{Stderr}";
}
