using System.Diagnostics;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests.Kube;

/// <summary>
/// Debian's kubectl run against a kubeconfig written by <c>up --local</c>; its exec plugin is the real
/// <c>aws eks get-token</c>, found on PATH or in ~/.pyenv/shims.
/// </summary>
internal sealed class Kubectl(string executable, string aws, string kubeconfig, string home)
{
    public static Kubectl Require(string kubeconfig, string home)
    {
        var kubectl = ExternalTools.Require("kubectl");
        var aws = ExternalTools.Require("aws");
        return new Kubectl(kubectl, aws, kubeconfig, home);
    }

    /// <summary>The aws CLI's full path.</summary>
    public string Aws => aws;

    public Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(params string[] arguments) =>
        StartAsync(executable, arguments, new Dictionary<string, string>());

    /// <summary>The aws CLI itself against <paramref name="endpoint"/>, as the simulated caller.</summary>
    public Task<(int ExitCode, string Stdout, string Stderr)> AwsAsync(Uri endpoint, params string[] arguments) =>
        StartAsync(aws, ["--output", "json", .. arguments], new Dictionary<string, string>
        {
            ["AWS_ENDPOINT_URL"] = endpoint.GetLeftPart(UriPartial.Authority),
            ["AWS_ACCESS_KEY_ID"] = "local",
            ["AWS_SECRET_ACCESS_KEY"] = "local",
            ["AWS_DEFAULT_REGION"] = "us-east-1",
        });

    private async Task<(int ExitCode, string Stdout, string Stderr)> StartAsync(string file, string[] arguments, Dictionary<string, string> environment)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            info.ArgumentList.Add(argument);
        }

        info.Environment["KUBECONFIG"] = kubeconfig;

        // A home of its own: kubectl caches discovery there and the aws CLI must not read the user's profiles.
        info.Environment["HOME"] = home;
        info.Environment["PATH"] = Path.GetDirectoryName(aws) + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH");
        info.Environment["AWS_CONFIG_FILE"] = "/dev/null";
        info.Environment["AWS_SHARED_CREDENTIALS_FILE"] = "/dev/null";
        info.Environment["AWS_EC2_METADATA_DISABLED"] = "true";
        foreach (var (name, value) in environment)
        {
            info.Environment[name] = value;
        }

        using var process = Process.Start(info) ?? throw new InvalidOperationException("could not start kubectl");
        var stdout = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        await process.WaitForExitAsync(TestContext.Current.CancellationToken);
        return (process.ExitCode, await stdout, await stderr);
    }
}
