using System.Diagnostics;
using System.Text;
using EksProvisioner.Functions.Tests.Deployment;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Functions.Tests.Webhook;

/// <summary>The README's shell signing snippet (Wiring Jira) computes what <see cref="WebhookSignature"/> verifies.</summary>
public sealed class ReadmeSigningTests
{
    [Theory]
    [InlineData("POST", "/environments", """{"name":"dev","ticket":{"system":"jira","key":"OPS-1"}}""")]
    [InlineData("DELETE", "/environments/dev", "")]
    public async Task ReadmeSnippet_Request_SignsLikeWebhookSignature(string method, string route, string body)
    {
        Assert.SkipUnless(OnPath("bash") && OnPath("openssl"), "bash and openssl are needed to run the README's snippet");
        var line = RepositoryFiles.Read("README.md").Split('\n').Single(l => l.StartsWith("sig=$(printf", StringComparison.Ordinal));
        var info = new ProcessStartInfo("bash", ["-c", line + "\nprintf '%s' \"$sig\""]) { RedirectStandardOutput = true, UseShellExecute = false };
        (info.Environment["ts"], info.Environment["method"], info.Environment["route"]) = ("1700000000", method, route);
        (info.Environment["body"], info.Environment["SECRET"]) = (body, "readme-secret");

        using var bash = Process.Start(info)!;
        var sig = await bash.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        await bash.WaitForExitAsync(TestContext.Current.CancellationToken);

        Assert.Equal(WebhookSignature.Sign("readme-secret", "1700000000", method, route, Encoding.UTF8.GetBytes(body)), "sha256=" + sig);
    }

    private static bool OnPath(string program) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator).Any(dir => File.Exists(Path.Combine(dir, program)));
}
