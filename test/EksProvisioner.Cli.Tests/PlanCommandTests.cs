using System.Globalization;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Contract;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

public class PlanCommandTests
{
    [Fact]
    public async Task Plan_JsonErrorOnTheSecondLine_NamesTheFileAndTheOneBasedLine()
    {
        using var files = new TempFiles();
        var path = files.Write("broken.json", "{\"name\": \"dev\",\n  \"ttlHours\": }\n");

        var run = await CliRun.RunAsync("plan", path);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([$"eksprov: {path} line 2: not valid JSON: '}}' is an invalid start of a value."], run.StderrLines);
    }

    [Theory]
    [MemberData(nameof(TestData.InvalidCases), MemberType = typeof(TestData))]
    public async Task Plan_InvalidRequest_ExitsTwoWithTheExpectedProblem(string file)
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(TestData.InvalidFolder, file));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([CliProblems.Expected(file)], run.StderrLines);
        Assert.Empty(run.Stdout);
    }

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public async Task Plan_Example_ExitsZeroWithPlainTables(string file)
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(TestData.ExamplesFolder, file));

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Empty(run.Stderr);
        Assert.DoesNotContain('\u001b', run.Stdout);
        var request = EnvironmentRequests.Parse(await File.ReadAllTextAsync(Path.Combine(TestData.ExamplesFolder, file), TestContext.Current.CancellationToken));
        Assert.Contains("Environment " + request.Name, run.Stdout, StringComparison.Ordinal);
        Assert.Contains("AWS::EKS::Cluster", run.Stdout, StringComparison.Ordinal);
        Assert.Contains("Total per hour", run.Stdout, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(TestData.Examples), MemberType = typeof(TestData))]
    public async Task Plan_JsonOutput_IsOneObjectWithRequestResourcesEstimateGuardrails(string file)
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(TestData.ExamplesFolder, file), "--output", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var document = Assert.IsType<JsonObject>(JsonNode.Parse(run.Stdout));
        Assert.Equal(["request", "resources", "estimate", "guardrails"], document.Select(p => p.Key));
        foreach (var resource in document["resources"]!.AsArray())
        {
            Assert.Equal(["type", "name", "dependsOn", "tags"], resource!.AsObject().Select(p => p.Key));
        }

        Assert.True(document["estimate"]!["minutes"]!.GetValue<double>() > 0);
        Assert.True(document["estimate"]!["hourlyCostUsd"]!.GetValue<decimal>() > 0);
        Assert.True(document["guardrails"]!["withinLimits"]!.GetValue<bool>());
        Assert.Empty(document["guardrails"]!["problems"]!.AsArray());
        var request = document["request"]!.ToJsonString();
        Assert.Equal(request, EnvironmentRequests.ToJsonNode(EnvironmentRequests.Parse(request)).ToJsonString());
    }

    [Fact]
    public async Task Plan_Ttl_ExpiresAtFollowsTheInjectedClock()
    {
        var run = await CliRun.RunAsync("plan", Path.Combine(TestData.ExamplesFolder, "ttl-with-ticket.json"), "-o", "json");

        var tags = JsonNode.Parse(run.Stdout)!["resources"]![0]!["tags"]!;
        Assert.Equal("2026-02-05T04:05:06Z", tags["eksprov:expires-at"]!.GetValue<string>());
        Assert.Equal("jira:OPS-1234", tags["eksprov:ticket"]!.GetValue<string>());
    }

    [Fact]
    public async Task Plan_MissingFile_ExitsTwoWithAClearMessage()
    {
        var missing = Path.Combine(TestData.ExamplesFolder, "no-such-request.json");

        var run = await CliRun.RunAsync("plan", missing);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([$"eksprov: cannot read '{missing}': no such file"], run.StderrLines);
    }

    [Fact]
    public async Task Plan_Directory_ExitsTwoWithAClearMessage()
    {
        var run = await CliRun.RunAsync("plan", TestData.ExamplesFolder);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([$"eksprov: cannot read '{TestData.ExamplesFolder}': it is a directory; give a JSON file"], run.StderrLines);
    }

    [Theory]
    [InlineData("plan")]
    [InlineData("plan", "a.json", "--output", "yaml")]
    [InlineData("plan", "a.json", "--colour")]
    [InlineData("deploy")]
    public async Task Run_UsageError_ExitsTwoWithoutAStackTrace(params string[] args)
    {
        var run = await CliRun.RunAsync(args);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.StartsWith("eksprov: ", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Run 'eksprov --help' for usage.", run.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Run_NoCommand_ExitsTwo()
    {
        var run = await CliRun.RunAsync();

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
    }

    [Fact]
    public async Task Plan_Help_ExitsZeroAndDescribesTheOutputOption()
    {
        var run = await CliRun.RunAsync("plan", "--help");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("--output", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Plan_Local_ExpiryAgreesWithUpLocal()
    {
        using var state = new StateDir();
        var request = Path.Combine(TestData.ExamplesFolder, "ttl-with-ticket.json");

        var plan = JsonNode.Parse((await CliRun.RunAsync("plan", request, "--local", "--state-dir", state.Path, "--output", "json")).Stdout)!;
        await CliRun.RunAsync("up", request, "--local", "--state-dir", state.Path);
        var status = JsonNode.Parse((await CliRun.RunAsync("status", "review-ops-1234", "--local", "--output", "json", "--state-dir", state.Path)).Stdout)!;

        var planned = plan["resources"]![0]!["tags"]!["eksprov:expires-at"]!.GetValue<string>();
        Assert.Equal(
            DateTimeOffset.Parse(status["expiresAt"]!.GetValue<string>(), CultureInfo.InvariantCulture),
            DateTimeOffset.Parse(planned, CultureInfo.InvariantCulture));
    }
}
