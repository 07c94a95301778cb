using Microsoft.Playwright;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests.WebConsole;

/// <summary>
/// The installed Debian chromium, driven by Playwright's bundled driver: nothing is downloaded. Missing
/// chromium skips the test, or fails it on CI (<see cref="ExternalTools.Required"/>).
/// Screenshots go to the test project's <c>TestResults/</c>, where CI collects artifacts.
/// </summary>
internal static class Chromium
{
    public static async Task<(IPlaywright Playwright, IBrowser Browser)> LaunchAsync()
    {
        var executable = ExternalTools.Require("chromium");
        Environment.SetEnvironmentVariable("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1");
        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Containers run tests as root, where chromium refuses its sandbox.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage"],
        });
        return (playwright, browser);
    }

    public static string Artifact(string name)
    {
        var folder = AppContext.BaseDirectory;
        while (folder is not null && !File.Exists(Path.Combine(folder, "EksProvisioner.Cli.Tests.csproj")))
        {
            folder = Path.GetDirectoryName(folder);
        }

        var results = Path.Combine(folder ?? AppContext.BaseDirectory, "TestResults", "browser");
        Directory.CreateDirectory(results);
        return Path.Combine(results, name);
    }
}
