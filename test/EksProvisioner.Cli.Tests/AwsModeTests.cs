using System.Text.Json.Nodes;
using EksProvisioner.Testing;

namespace EksProvisioner.Cli.Tests;

/// <summary>
/// up, status, list, history and down without --local, against the simulated account's Step Functions
/// endpoint given through AWS_ENDPOINT_URL: the path a deployed stack in AWS takes.
/// </summary>
public sealed class AwsModeTests
{
    [Fact]
    public async Task UpStatusListHistoryDown_AgainstTheEndpoint_CreateReportAndDeleteTheEnvironment()
    {
        await using var aws = await AwsAccount.StartAsync();

        var up = await aws.RunAsync("up", StateDir.Minimal);

        Assert.True(up.ExitCode == ExitCodes.Ok, up.Stdout + up.Stderr);
        Assert.Contains("] Creating the control plane", up.Stderr, StringComparison.Ordinal);
        Assert.DoesNotContain("simulated]", up.Stderr, StringComparison.Ordinal);
        Assert.Contains("Status:            SUCCEEDED", up.Stdout, StringComparison.Ordinal);
        Assert.Contains(":execution:eksprov-provision-environment:dev_up_20260203T040506Z", up.Stdout, StringComparison.Ordinal);
        var kubeconfig = await File.ReadAllTextAsync(Path.Combine(aws.Files.Path, "environments", "dev", "kubeconfig"), TestContext.Current.CancellationToken);
        Assert.Contains("get-token", kubeconfig, StringComparison.Ordinal);
        Assert.NotEmpty(await aws.Account.ResourcesAsync("dev", TestContext.Current.CancellationToken));

        var status = await aws.RunAsync("status", "dev", "--output", "json");
        Assert.Equal(ExitCodes.Ok, status.ExitCode);
        var described = JsonNode.Parse(status.Stdout)!;
        Assert.Equal("Ready", described["phase"]!.GetValue<string>());
        Assert.Equal("up", described["operation"]!.GetValue<string>());
        Assert.Equal("us-east-1", described["region"]!.GetValue<string>());

        var list = await aws.RunAsync("list");
        Assert.Equal(ExitCodes.Ok, list.ExitCode);
        Assert.Contains(list.Stdout.Split('\n'), line => line.StartsWith("dev ", StringComparison.Ordinal) && line.Contains("Ready", StringComparison.Ordinal));

        var history = await aws.RunAsync("history", "dev", "--output", "json");
        Assert.Equal(ExitCodes.Ok, history.ExitCode);
        var events = JsonNode.Parse(history.Stdout)!["events"]!.AsArray();
        Assert.Equal("ExecutionStarted", events[0]!["type"]!.GetValue<string>());
        Assert.Equal("ExecutionSucceeded", events[^1]!["type"]!.GetValue<string>());
        Assert.Contains(events, e => e!["stateEnteredEventDetails"]?["name"]?.GetValue<string>() == "CreateCluster");

        var down = await aws.RunAsync("down", "dev", "--output", "json");
        Assert.True(down.ExitCode == ExitCodes.Ok, down.Stdout + down.Stderr);
        Assert.Equal("SUCCEEDED", JsonNode.Parse(down.Stdout)!["status"]!.GetValue<string>());
        Assert.Empty(await aws.Account.ResourcesAsync("dev", TestContext.Current.CancellationToken));
        var after = JsonNode.Parse((await aws.RunAsync("status", "dev", "--output", "json")).Stdout)!;
        Assert.Equal("Deleted", after["phase"]!.GetValue<string>());
    }

    [Fact]
    public async Task Up_Json_PrintsTheLocalShapeWithDurationInsteadOfSimulatedSeconds()
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("up", StateDir.Minimal, "--output", "json");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        var result = JsonNode.Parse(run.Stdout)!.AsObject();
        Assert.Equal(["executionArn", "status", "error", "cause", "durationSeconds", "stateTransitions", "resources", "outcome", "left"], result.Select(p => p.Key));
        Assert.Equal("Ready", result["outcome"]!.GetValue<string>());
        Assert.Empty(result["left"]!.AsArray());
        Assert.Contains(result["resources"]!.AsArray(), r => r!["type"]!.GetValue<string>() == "AWS::EKS::Cluster");
        Assert.Empty(run.Stderr);
    }

    [Theory]
    [MemberData(nameof(TestData.InvalidCases), MemberType = typeof(TestData))]
    public async Task Up_InvalidRequest_ExitsTwoWithTheProblemsAndStartsNothing(string file)
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("up", Path.Combine(TestData.InvalidFolder, file));

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Equal([CliProblems.Expected(file)], run.StderrLines);
        var list = await aws.RunAsync("list", "--output", "json");
        Assert.Empty(JsonNode.Parse(list.Stdout)!.AsArray());
    }

    [Fact]
    public async Task Up_RequestForAnotherRegionThanTheStacks_ExitsTwoNamingTheRegionAndStartsNothing()
    {
        await using var aws = await AwsAccount.StartAsync();
        using var files = new TempFiles();
        var request = files.Write("elsewhere.json", """{"name":"dev","region":"us-west-2"}""");

        var run = await aws.RunAsync("up", request, "--region", aws.Account.Options.Region);

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.StartsWith("$.region: 'us-west-2'", Assert.Single(run.StderrLines), StringComparison.Ordinal);
        var list = await aws.RunAsync("list", "--output", "json");
        Assert.Empty(JsonNode.Parse(list.Stdout)!.AsArray());
    }

    [Fact]
    public async Task Up_StackNotDeployed_ExitsTwoNamingTheMachinesRegionAndAccount()
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("up", StateDir.Minimal, "--stack", "other");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        var message = Assert.Single(run.StderrLines);
        Assert.Contains("'other-provision-environment'", message, StringComparison.Ordinal);
        Assert.Contains("us-east-1", message, StringComparison.Ordinal);
        Assert.Contains("account 123456789012", message, StringComparison.Ordinal);
        Assert.Contains("--stack", message, StringComparison.Ordinal);
        Assert.Contains("--state-machine", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_StateMachineByName_FindsTheSiblingByTheNamingRule()
    {
        await using var aws = await AwsAccount.StartAsync();
        Assert.Equal(ExitCodes.Ok, (await aws.RunAsync("up", StateDir.Minimal, "--state-machine", "eksprov-provision-environment")).ExitCode);

        var run = await aws.RunAsync("status", "dev", "--state-machine", "eksprov-teardown-environment");

        Assert.Equal(ExitCodes.Ok, run.ExitCode);
        Assert.Contains("Phase:             Ready", run.Stdout, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_StateMachineOutsideTheNamingRule_ExitsTwoAskingForStack()
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("list", "--state-machine", "my-machine");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("sibling", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("--stack", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Status_UnknownEnvironment_ExitsOne()
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("status", "nope");

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains("'nope'", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_NoRegionAnywhere_ExitsTwoNamingRegionAndAwsRegion()
    {
        await using var aws = await AwsAccount.StartAsync();
        aws.Environment.Remove("AWS_REGION");

        var run = await aws.RunAsync("list");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("--region", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("AWS_REGION", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_FaultsWithoutLocal_ExitsTwo()
    {
        await using var aws = await AwsAccount.StartAsync();

        var run = await aws.RunAsync("up", StateDir.Minimal, "--faults", "faults.json");

        Assert.Equal(ExitCodes.Invalid, run.ExitCode);
        Assert.Contains("--local", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task List_ProfileFromASharedCredentialsFile_ReachesTheAccountWithoutKeysOrRegionInTheEnvironment()
    {
        await using var aws = await AwsAccount.StartAsync();
        var credentials = Path.Combine(aws.Files.Path, "credentials");
        await File.WriteAllTextAsync(credentials, "[team]\naws_access_key_id = AKIATEAM\naws_secret_access_key = s\nregion = us-east-1\n", TestContext.Current.CancellationToken);
        aws.Environment.Remove("AWS_REGION");
        aws.Environment.Remove("AWS_ACCESS_KEY_ID");
        aws.Environment.Remove("AWS_SECRET_ACCESS_KEY");
        aws.Environment["AWS_SHARED_CREDENTIALS_FILE"] = credentials;

        var found = await aws.RunAsync("list", "--profile", "team");
        var missing = await aws.RunAsync("list", "--profile", "nobody");

        Assert.True(found.ExitCode == ExitCodes.Ok, found.Stderr);
        Assert.Equal(ExitCodes.Invalid, missing.ExitCode);
        Assert.Contains("no AWS profile 'nobody'", missing.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Up_CtrlCWhileWaiting_StopsWaitingButNotTheExecution()
    {
        await using var aws = await AwsAccount.StartAsync();
        var stderr = new LineSignallingWriter("[");
        using var stdout = new StringWriter();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        var up = CliApp.RunAsync(
            ["up", StateDir.Minimal, "--state-dir", aws.Files.Path],
            stdout,
            stderr,
            new ImmediateTimeProvider(CliRun.Now),
            name => aws.Environment.GetValueOrDefault(name),
            stop.Token);

        await stderr.Line.WaitAsync(TestContext.Current.CancellationToken);
        await stop.CancelAsync();

        Assert.Equal(ExitCodes.Interrupted, await up);
        Assert.Contains("eksprov status dev", stderr.ToString(), StringComparison.Ordinal);
        var arn = aws.Account.ProvisionArn.Replace(":stateMachine:", ":execution:", StringComparison.Ordinal) + ":dev_up_20260203T040506Z";
        var result = await aws.Account.Engine.WaitForExecutionAsync(arn, TestContext.Current.CancellationToken);
        Assert.Equal(StepFunctionsLocal.ExecutionStatus.Succeeded, result.Status);
    }
}
