using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Reaping;
using EksProvisioner.Triggers.Tests.Environments;
using EksProvisioner.Triggers.Tests.Fakes;

namespace EksProvisioner.Triggers.Tests.Reaping;

/// <summary>The reaper over a fake Tagging API and the real EnvironmentExecutions on the in-process engine.</summary>
public sealed class ReaperTests : IDisposable
{
    private readonly SfnWorld _world = new();
    private readonly FakeTagging _tagging = new();
    private readonly StringWriter _log = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private DateTimeOffset Now => _world.Clock.GetUtcNow();

    private Reaper NewReaper(EnvironmentExecutions? executions = null) => new(_tagging, executions ?? _world.Environments, "eu-west-1", _world.Clock, _log);

    private static string At(DateTimeOffset time) => OwnershipTags.FormatUtc(time);

    public void Dispose()
    {
        _world.Dispose();
        _log.Dispose();
    }

    private async Task<List<ExecutionListItem>> TeardownsAsync()
    {
        var list = new List<ExecutionListItem>();
        await foreach (var item in _world.Client.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = _world.Machines.TeardownArn }, Ct))
        {
            list.Add(item);
        }

        return list;
    }

    [Fact]
    public async Task RunAsync_ExpiryExactlyNow_StartsTeardownWithEnvironmentAndRegionInput()
    {
        _tagging.Vpc("dev", At(Now));

        var report = await NewReaper().RunAsync(Ct);

        var started = Assert.Single(report.Started);
        Assert.Equal(["dev"], report.Expired);
        Assert.Equal(ExecutionNames.Reap("dev", Now), started.ExecutionName);
        Assert.Equal(Now, started.ExpiresAt);
        var input = JsonNode.Parse((await _world.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = started.ExecutionArn }, Ct)).Input!)!;
        Assert.Equal("dev", input["environmentName"]!.GetValue<string>());
        Assert.Equal("eu-west-1", input["region"]!.GetValue<string>());
        Assert.Contains("started teardown " + started.ExecutionName, _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_ExpiryOneSecondAhead_ChecksButStartsNothing()
    {
        _tagging.Vpc("dev", At(Now.AddSeconds(1)));

        var report = await NewReaper().RunAsync(Ct);

        Assert.Equal(["dev"], report.Checked);
        Assert.Empty(report.Expired);
        Assert.Empty(report.Started);
        Assert.Empty(await TeardownsAsync());
    }

    [Fact]
    public async Task RunAsync_ResourcesExpiringBeforeAndAfterNow_EarliestDecidesAndNamesTheExecution()
    {
        var earliest = Now.AddHours(-1);
        _tagging.Vpc("dev", At(Now.AddHours(2))).Vpc("dev", At(earliest)).Vpc("dev", At(Now.AddMinutes(5)));

        var report = await NewReaper().RunAsync(Ct);

        var started = Assert.Single(report.Started);
        Assert.Equal(earliest, started.ExpiresAt);
        Assert.Equal(ExecutionNames.Reap("dev", earliest), started.ExecutionName);
        Assert.Equal(3, report.Resources);
    }

    [Fact]
    public async Task RunAsync_BadTagValues_SkippedWithWarningWhileOthersAreReaped()
    {
        _tagging.Vpc("dev", "tomorrow")
            .Vpc("dev", "01/02/2026 03:04:05")
            .Add("arn:aws:ec2:us-east-1:123456789012:subnet/subnet-1", ("eksprov:expires-at", At(Now)))
            .Add("arn:aws:ec2:us-east-1:123456789012:subnet/subnet-2", ("eksprov:environment", "Not_A_Name"), ("eksprov:expires-at", At(Now)))
            .Vpc("qa", At(Now.AddMinutes(-1)));

        var report = await NewReaper().RunAsync(Ct);

        Assert.Equal(["qa"], report.Started.Select(s => s.Environment));
        Assert.Equal(4, report.Skipped.Count);
        Assert.Contains(report.Skipped, s => s.Subject == "arn:aws:ec2:us-east-1:123456789012:vpc/vpc-00000000" && s.Reason.Contains("'tomorrow'", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Subject.EndsWith("subnet-1", StringComparison.Ordinal) && s.Reason.Contains("no eksprov:environment", StringComparison.Ordinal));
        Assert.Contains(report.Skipped, s => s.Subject.EndsWith("subnet-2", StringComparison.Ordinal) && s.Reason.Contains("not an environment name", StringComparison.Ordinal));
        Assert.Equal(["dev", "qa"], report.Checked);
        Assert.Contains("reaper: warning: skipped arn:aws:ec2:us-east-1:123456789012:vpc/vpc-00000000", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RunAsync_TwoPasses_StartExactlyOneTeardown()
    {
        _tagging.Vpc("dev", At(Now.AddMinutes(-10)));
        var first = await NewReaper().RunAsync(Ct);
        _world.Later();

        var second = await NewReaper().RunAsync(Ct);
        await _world.Finish(first.Started[0].ExecutionArn);
        _world.Later();
        var third = await NewReaper().RunAsync(Ct);

        Assert.Single(first.Started);
        Assert.Empty(second.Started);
        Assert.Equal(first.Started[0].ExecutionArn, Assert.Single(second.AlreadyStarted).ExecutionArn);
        Assert.Empty(third.Started);
        Assert.Equal(first.Started[0].ExecutionArn, Assert.Single(third.AlreadyStarted).ExecutionArn);
        Assert.Single(await TeardownsAsync());
        Assert.Equal(1, _world.Handler.Calls["StartExecution"]);
    }

    [Fact]
    public async Task RunAsync_ConcurrentPasses_OneTeardownExecution()
    {
        _tagging.Vpc("dev", At(Now.AddMinutes(-10)));

        var reports = await Task.WhenAll(NewReaper().RunAsync(Ct), NewReaper().RunAsync(Ct));

        Assert.All(reports, r => Assert.Equal(["dev"], r.Expired));
        Assert.Single(await TeardownsAsync());
    }

    [Fact]
    public async Task RunAsync_TeardownAlreadyRunningUnderAnotherName_IsNotStartedAgain()
    {
        var running = await _world.Environments.StartTeardownAsync("dev", "eu-west-1", ExecutionNames.Down("dev", Now), Ct);
        _world.Later();
        _tagging.Vpc("dev", At(Now.AddMinutes(-1)));

        var report = await NewReaper().RunAsync(Ct);

        Assert.Empty(report.Started);
        Assert.Equal(running.ExecutionArn, Assert.Single(report.AlreadyStarted).ExecutionArn);
        Assert.Single(await TeardownsAsync());
    }

    [Fact]
    public async Task RunAsync_ProvisioningStillRunning_SkipsTheEnvironment()
    {
        await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", ExecutionNames.Up("dev", Now), Ct);
        _tagging.Vpc("dev", At(Now));

        var report = await NewReaper().RunAsync(Ct);

        Assert.Equal(["dev"], report.Expired);
        Assert.Empty(report.Started);
        Assert.Contains(report.Skipped, s => s.Subject == "dev" && s.Reason.Contains("provisioning is still running", StringComparison.Ordinal));
        Assert.Empty(await TeardownsAsync());
    }

    [Fact]
    public async Task RunAsync_ThreePagesOfResources_FollowsTokensWithTheExpiryKeyFilter()
    {
        _tagging.PageSize = 1;
        _tagging.Vpc("a", At(Now)).Vpc("b", At(Now)).Vpc("c", At(Now.AddDays(1)));
        _tagging.Add("arn:aws:ec2:us-east-1:123456789012:vpc/vpc-untimed", ("eksprov:environment", "d"));

        var report = await NewReaper().RunAsync(Ct);

        Assert.Equal(["a", "b", "c"], report.Checked);
        Assert.Equal(["a", "b"], report.Started.Select(s => s.Environment));
        Assert.Equal(3, _tagging.Requests.Count);
        Assert.All(_tagging.Requests, r => Assert.Equal("eksprov:expires-at", Assert.Single(r.TagFilters!).Key));
        Assert.Equal([null, "page-1", "page-2"], _tagging.Requests.Select(r => r.PaginationToken));
    }

    [Fact]
    public async Task RunAsync_TeardownMachineMissing_ReportsFailuresAndFinishesThePass()
    {
        _tagging.Vpc("dev", At(Now)).Vpc("qa", At(Now));
        var broken = new EnvironmentExecutions(_world.Client, _world.Machines with { TeardownArn = "arn:aws:states:us-east-1:123456789012:stateMachine:missing" });

        var report = await NewReaper(broken).RunAsync(Ct);

        Assert.Equal(["dev", "qa"], report.Failed.Select(f => f.Subject));
        Assert.All(report.Failed, f => Assert.StartsWith("AwsResourceNotFoundException", f.Reason, StringComparison.Ordinal));
        Assert.Empty(report.Started);
        Assert.Contains("reaper: error: could not start the teardown of dev", _log.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("2026-01-05T09:00:00Z", true)]
    [InlineData("2026-01-05T09:00:00.5Z", false)]
    [InlineData("2026-01-05T10:00:00+01:00", true)]
    [InlineData("2026-01-05T09:00:01Z", false)]
    public async Task RunAsync_IsoForms_ComparedInUtc(string value, bool expired)
    {
        Assert.Equal(new DateTimeOffset(2026, 1, 5, 9, 0, 0, TimeSpan.Zero), Now);
        _tagging.Vpc("dev", value);

        var report = await NewReaper().RunAsync(Ct);

        Assert.Empty(report.Skipped);
        Assert.Equal(expired, report.Started.Count == 1);
    }
}
