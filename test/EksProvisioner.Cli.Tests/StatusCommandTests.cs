using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

public sealed class StatusCommandTests
{
    [Fact]
    public async Task Status_AfterUp_ShowsTheRunAndLiveResources()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("status", "dev", "--local", "--output", "json", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var status = JsonNode.Parse(run.Stdout)!;
        Assert.Equal("up", status["operation"]!.GetValue<string>());
        Assert.Equal("SUCCEEDED", status["status"]!.GetValue<string>());
        Assert.Contains(status["liveResources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "cluster");
    }

    [Fact]
    public async Task Status_AfterUp_ShowsEndpointAccessExpiryAndCost()
    {
        using var state = new StateDir();
        var request = System.IO.Path.Combine(TestData.ExamplesFolder, "ttl-with-ticket.json");
        var ttlHours = JsonNode.Parse(File.ReadAllText(request))!["ttlHours"]!.GetValue<int>();
        await CliRun.RunAsync("up", request, "--local", "--state-dir", state.Path);
        var plan = JsonNode.Parse((await CliRun.RunAsync("plan", request, "--output", "json")).Stdout)!;

        var status = JsonNode.Parse((await CliRun.RunAsync("status", "review-ops-1234", "--local", "--output", "json", "--state-dir", state.Path)).Stdout)!;

        Assert.StartsWith("https://", status["endpoint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains(status["admins"]!.AsArray(), a => a!.GetValue<string>() == "arn:aws:iam::123456789012:user/alice");
        var created = DateTimeOffset.Parse(status["startDate"]!.GetValue<string>(), CultureInfo.InvariantCulture);
        Assert.Equal(created.AddHours(ttlHours), DateTimeOffset.Parse(status["expiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture), TimeSpan.FromSeconds(1));
        var cost = status["cost"]!;
        var perHour = cost["perHourUsd"]!.GetValue<decimal>();
        Assert.Equal(plan["estimate"]!["hourlyCostUsd"]!.GetValue<decimal>(), perHour);
        var hours = cost["hours"]!.GetValue<double>();
        Assert.True(hours > 0, "the run itself took simulated time");
        Assert.Equal(Math.Round(perHour * (decimal)hours, 2), cost["soFarUsd"]!.GetValue<decimal>(), 2);
    }

    [Fact]
    public async Task Status_AfterUpAsText_NamesEndpointAdminsExpiryAndCost()
    {
        using var state = new StateDir();
        await CliRun.RunAsync("up", StateDir.Minimal, "--local", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("status", "dev", "--local", "--state-dir", state.Path);

        foreach (var label in new[] { "Endpoint:", "Cluster admins:", "Expires:", "Cost:" })
        {
            Assert.Contains(label, run.Stdout, StringComparison.Ordinal);
        }

        Assert.Contains("per hour", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownEnvironment_ExitsOne()
    {
        using var state = new StateDir();

        var run = await CliRun.RunAsync("status", "nope", "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("nope", run.Stderr, StringComparison.Ordinal);
    }
}
