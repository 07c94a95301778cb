using System.Net;
using System.Text.Json.Nodes;
using EksProvisioner.Cli.WebConsole;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests.WebConsole;

public sealed class ConsoleServerTests
{
    private static string TtlRequest => Path.Combine(TestData.ExamplesFolder, "ttl-with-ticket.json");

    [Fact]
    public async Task Environments_AfterLocalUp_ListsPhaseOwnerExpiryAndCost()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", TtlRequest, "--local", "--state-dir", state.Path);
        await using var server = await ConsoleServer.StartAsync(0, state.Path, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var list = JsonNode.Parse(await http.GetStringAsync(new Uri("/api/environments", UriKind.Relative), TestContext.Current.CancellationToken))!.AsArray();

        var environment = Assert.Single(list)!;
        Assert.Equal("review-ops-1234", environment["name"]!.GetValue<string>());
        Assert.Equal("Ready", environment["phase"]!.GetValue<string>());
        Assert.Equal("alice@example.com", environment["owner"]!.GetValue<string>());
        Assert.NotNull(environment["expiresAt"]);
        Assert.True(environment["hourlyCostUsd"]!.GetValue<decimal>() > 0);
        Assert.True(environment["costSoFarUsd"]!.GetValue<decimal>() > 0);
    }

    [Fact]
    public async Task Execution_AfterLocalUp_HasGraphTimelineAndStates()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);
        await using var server = await ConsoleServer.StartAsync(0, state.Path, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var execution = JsonNode.Parse(await http.GetStringAsync(new Uri("/api/environments/dev/executions/up", UriKind.Relative), TestContext.Current.CancellationToken))!;

        Assert.Equal("SUCCEEDED", execution["status"]!.GetValue<string>());
        Assert.Contains("data-state=\"CreateCluster\"", execution["svg"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("succeeded", execution["states"]!["EnvironmentReady"]!["status"]!.GetValue<string>());
        Assert.Contains(execution["timeline"]!.AsArray(), e => e!["retry"]?.GetValue<string>() == "retry 1");
    }

    [Fact]
    public async Task Post_Anything_IsRefusedAsReadOnly()
    {
        using var state = new StateDir();
        await using var server = await ConsoleServer.StartAsync(0, state.Path, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Endpoint };
        using var body = new StringContent("{}");

        using var response = await http.PostAsync(new Uri("/api/environments", UriKind.Relative), body, TestContext.Current.CancellationToken);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
    }

    [Fact]
    public async Task Page_Root_ServesTheEmbeddedHtml()
    {
        using var state = new StateDir();
        await using var server = await ConsoleServer.StartAsync(0, state.Path, TestContext.Current.CancellationToken);
        using var http = new HttpClient { BaseAddress = server.Endpoint };

        var html = await http.GetStringAsync(new Uri("/", UriKind.Relative), TestContext.Current.CancellationToken);
        var script = await http.GetStringAsync(new Uri("/assets/app.js", UriKind.Relative), TestContext.Current.CancellationToken);

        Assert.Contains("<script src=\"/assets/app.js\">", html, StringComparison.Ordinal);
        Assert.Contains("/api/environments", script, StringComparison.Ordinal);
    }
}
