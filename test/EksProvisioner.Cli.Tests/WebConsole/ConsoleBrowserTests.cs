using EksProvisioner.Cli.Graphs;
using EksProvisioner.Cli.WebConsole;
using Microsoft.Playwright;

namespace EksProvisioner.Cli.Tests.WebConsole;

/// <summary>The console and a graph SVG in a real browser (chromium), with screenshots kept as artifacts.</summary>
public sealed class ConsoleBrowserTests
{
    [Fact]
    public async Task Page_AfterLocalUp_ShowsTheRunsStatesInChromium()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);
        await using var server = await ConsoleServer.StartAsync(0, state.Path, TestContext.Current.CancellationToken);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        {
            await using (browser)
            {
                var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 1000 } });
                await page.GotoAsync(server.Endpoint.ToString());

                await page.Locator("g[data-state='EnvironmentReady'][data-status='succeeded']").WaitForAsync();
                var states = StateGraphReader.Read(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "StateMachines", "provision-environment.asl.json"))).Nodes;
                Assert.Equal(states.Count, await page.Locator("#graph g[data-state]").CountAsync());
                Assert.Equal("Ready", await page.Locator("#environment-rows tr[data-environment='dev'] .badge").TextContentAsync());
                Assert.True(await page.Locator("#timeline-rows tr.retry").CountAsync() > 0);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Artifact("console.png"), FullPage = true });
            }
        }
    }

    [Fact]
    public async Task GraphSvg_OfLocalUp_RendersInChromium()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);
        var svg = Chromium.Artifact("dev-up.svg");
        await CliRun.RunAsync("graph", "dev", "--local", "--state-dir", state.Path, "-o", svg);
        var (playwright, browser) = await Chromium.LaunchAsync();
        using (playwright)
        {
            await using (browser)
            {
                var page = await browser.NewPageAsync();
                // Inline in a page: chromium waits forever for fonts on a bare file:// SVG before a screenshot.
                await page.SetContentAsync("<!doctype html><html><body style=\"margin:0\">" + await File.ReadAllTextAsync(svg, TestContext.Current.CancellationToken) + "</body></html>");

                var box = await page.Locator("g[data-state='CreateCluster'] rect").BoundingBoxAsync();
                Assert.NotNull(box);
                Assert.True(box.Width > 100);
                await page.ScreenshotAsync(new PageScreenshotOptions { Path = Chromium.Artifact("dev-up.png"), FullPage = true });
            }
        }
    }
}
