using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;

namespace EksProvisioner.Triggers.Tests.Environments;

public sealed class EnvironmentExecutionsTests : IDisposable
{
    private readonly SfnWorld _world = new();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task StartProvisionAsync_NewName_StartsOneExecution()
    {
        var start = await _world.Environments.StartProvisionAsync("""{"name":"dev","region":"eu-west-1"}""", "dev_jira-OPS-1", Ct);

        Assert.True(start.IsNew);
        Assert.Equal(StateMachines.ExecutionArn(_world.Machines.ProvisionArn, "dev_jira-OPS-1"), start.ExecutionArn);
        Assert.Equal(_world.Clock.GetUtcNow(), start.StartDate);
        var described = await _world.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = start.ExecutionArn }, Ct);
        Assert.Equal("RUNNING", described.Status);
        Assert.Equal("eu-west-1", JsonNode.Parse(described.Input!)!["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartProvisionAsync_Request_StartsWithTheDefaultedRequestAsInput()
    {
        var request = EnvironmentRequests.Parse("""{"name":"dev","ttlHours":4}""");

        var start = await _world.Environments.StartProvisionAsync(request, "dev_up_1", Ct);

        var described = await _world.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = start.ExecutionArn }, Ct);
        Assert.Equal(EnvironmentExecutions.ProvisionInput(request), described.Input);
        Assert.Equal(request.Region, JsonNode.Parse(described.Input!)!["region"]!.GetValue<string>());
        Assert.Equal(EnvironmentRequests.ToJson(request), EnvironmentRequests.ToJson(EnvironmentRequests.Parse(described.Input!)));
    }

    [Fact]
    public async Task RecordedRequestAsync_ReadyEnvironment_AnswersTheDefaultedRequestItWasProvisionedWith()
    {
        var request = EnvironmentRequests.Parse("""{"name":"dev","ttlHours":4,"nodeGroups":[{"name":"ng","desiredSize":3,"maxSize":5}]}""");
        var start = await _world.Environments.StartProvisionAsync(request, "dev_up_1", Ct);
        await _world.Finish(start.ExecutionArn);
        var status = await _world.Environments.FindAsync("dev", Ct);

        var recorded = await _world.Environments.RecordedRequestAsync(status!, Ct);

        Assert.Equal(EnvironmentRequests.ToJson(request), EnvironmentRequests.ToJson(recorded!));
        Assert.Equal(3, recorded!.NodeGroups[0].DesiredSize);
    }

    [Fact]
    public async Task StartProvisionAsync_SameNameTwice_AnswersTheFirstExecutionWithoutStarting()
    {
        var first = await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_jira-OPS-1", Ct);
        _world.Later();

        var second = await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_jira-OPS-1", Ct);

        Assert.False(second.IsNew);
        Assert.Equal(first.ExecutionArn, second.ExecutionArn);
        Assert.Equal(first.StartDate, second.StartDate);
        Assert.Equal(1, _world.Handler.Calls["StartExecution"]);
    }

    [Fact]
    public async Task StartProvisionAsync_NameOfAFinishedExecution_AnswersItWithoutStarting()
    {
        var first = await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_jira-OPS-1", Ct);
        await _world.Finish(first.ExecutionArn);

        var again = await _world.Environments.StartProvisionAsync("""{"name":"dev","different":true}""", "dev_jira-OPS-1", Ct);

        Assert.False(again.IsNew);
        Assert.Equal(first.ExecutionArn, again.ExecutionArn);
    }

    [Fact]
    public async Task StartTeardownAsync_TeardownAlreadyRunning_AnswersTheRunningOne()
    {
        var running = await _world.Environments.StartTeardownAsync("dev", "us-east-1", "dev_down_1", Ct);
        _world.Later();

        var second = await _world.Environments.StartTeardownAsync("dev", "us-east-1", "dev_reap_2", Ct);

        Assert.True(running.IsNew);
        Assert.False(second.IsNew);
        Assert.Equal(running.ExecutionArn, second.ExecutionArn);
        Assert.Equal(1, _world.Handler.Calls["StartExecution"]);
    }

    [Fact]
    public async Task StartTeardownAsync_PreviousTeardownFinished_StartsANewOneWithTheTeardownInput()
    {
        var first = await _world.Environments.StartTeardownAsync("dev", "eu-west-1", "dev_down_1", Ct);
        await _world.Finish(first.ExecutionArn);
        _world.Later();

        var second = await _world.Environments.StartTeardownAsync("dev", "eu-west-1", "dev_down_2", Ct);

        Assert.True(second.IsNew);
        var input = JsonNode.Parse((await _world.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = second.ExecutionArn }, Ct)).Input!)!;
        Assert.Equal("dev", input["environmentName"]!.GetValue<string>());
        Assert.Equal("eu-west-1", input["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task StartTeardownAsync_OtherEnvironmentTearingDown_StillStarts()
    {
        await _world.Environments.StartTeardownAsync("dev-a", "us-east-1", "dev-a_down_1", Ct);

        var other = await _world.Environments.StartTeardownAsync("dev", "us-east-1", "dev_down_1", Ct);

        Assert.True(other.IsNew);
    }

    [Fact]
    public async Task FindAsync_NoExecutions_ReturnsNull()
    {
        await _world.Environments.StartProvisionAsync("""{"name":"dev-a"}""", "dev-a_up_1", Ct);

        Assert.Null(await _world.Environments.FindAsync("dev", Ct));
    }

    [Fact]
    public async Task FindAsync_ProvisionSucceeded_IsReadyWithRegionAndOutput()
    {
        var start = await _world.Environments.StartProvisionAsync("""{"name":"dev","region":"eu-west-1"}""", "dev_up_1", Ct);
        await _world.Finish(start.ExecutionArn);

        var status = await _world.Environments.FindAsync("dev", Ct);

        Assert.NotNull(status);
        Assert.Equal(EnvironmentPhase.Ready, status.Phase);
        Assert.Equal("eu-west-1", status.Region);
        Assert.Equal(start.ExecutionArn, status.Provision!.ExecutionArn);
        Assert.True(JsonNode.Parse(status.Output!)!["ok"]!.GetValue<bool>());
        Assert.Null(status.Teardown);
    }

    [Fact]
    public async Task FindAsync_RequestWithoutRegion_IsTheContractDefault()
    {
        var start = await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_up_1", Ct);
        await _world.Finish(start.ExecutionArn);

        var status = await _world.Environments.FindAsync("dev", Ct);

        Assert.Equal(EksProvisioner.Core.Contract.EnvironmentRequests.Validate("""{"name":"dev"}""").Request!.Region, status!.Region);
        Assert.NotNull(status.Region);
    }

    [Fact]
    public async Task FindAsync_ProvisionFailed_CarriesTheError()
    {
        var start = await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_up_1", Ct);
        await _world.Finish(start.ExecutionArn, succeed: false);

        var status = await _world.Environments.FindAsync("dev", Ct);

        Assert.Equal(EnvironmentPhase.ProvisionFailed, status!.Phase);
        Assert.Equal(nameof(InvalidOperationException), status.Error);
    }

    [Fact]
    public async Task FindAsync_TeardownAfterProvision_TeardownDecidesAndRegionComesFromIt()
    {
        var up = await _world.Environments.StartProvisionAsync("""{"name":"dev","region":"eu-west-1"}""", "dev_up_1", Ct);
        await _world.Finish(up.ExecutionArn);
        _world.Later();
        await _world.Environments.StartTeardownAsync("dev", "eu-west-1", "dev_down_1", Ct);

        var status = await _world.Environments.FindAsync("dev", Ct);

        Assert.Equal(EnvironmentPhase.TearingDown, status!.Phase);
        Assert.Equal("eu-west-1", status.Region);
        Assert.Equal(up.ExecutionArn, status.Provision!.ExecutionArn);
    }

    [Fact]
    public async Task FindAsync_PrefixOfAnotherEnvironmentName_DoesNotMix()
    {
        await _world.Environments.StartProvisionAsync("""{"name":"dev-long"}""", "dev-long_up_1", Ct);
        await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", "dev_up_1", Ct);

        var status = await _world.Environments.FindAsync("dev", Ct);

        Assert.Equal("dev_up_1", status!.Provision!.Name);
    }

    [Fact]
    public async Task ListAsync_SeveralEnvironments_NewestExecutionOfEachDecides()
    {
        var a = await _world.Environments.StartProvisionAsync("""{"name":"a"}""", "a_up_1", Ct);
        await _world.Finish(a.ExecutionArn);
        await _world.Environments.StartProvisionAsync("""{"name":"b"}""", "b_up_1", Ct);
        _world.Later();
        var gone = await _world.Environments.StartTeardownAsync("a", "us-east-1", "a_down_1", Ct);
        await _world.Finish(gone.ExecutionArn);
        await _world.Environments.StartProvisionAsync("""{}""", "not-ours", Ct);

        var list = await _world.Environments.ListAsync(Ct);

        Assert.Equal(["a", "b"], list.Select(e => e.Name));
        Assert.Equal([EnvironmentPhase.Deleted, EnvironmentPhase.Provisioning], list.Select(e => e.Phase));
    }

    [Fact]
    public async Task ExecutionsAsync_BothMachines_NewestFirst()
    {
        await _world.Environments.StartProvisionAsync("""{"name":"dev"}""", ExecutionNames.Up("dev", _world.Clock.GetUtcNow()), Ct);
        _world.Later();
        await _world.Environments.StartTeardownAsync("dev", "us-east-1", ExecutionNames.Down("dev", _world.Clock.GetUtcNow()), Ct);

        var executions = await _world.Environments.ExecutionsAsync("dev", Ct);

        Assert.Equal(2, executions.Count);
        Assert.StartsWith("dev_down_", executions[0].Name, StringComparison.Ordinal);
        Assert.StartsWith("dev_up_", executions[1].Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("RUNNING", null, EnvironmentPhase.Provisioning)]
    [InlineData("SUCCEEDED", null, EnvironmentPhase.Ready)]
    [InlineData("TIMED_OUT", null, EnvironmentPhase.ProvisionFailed)]
    [InlineData("SUCCEEDED", "RUNNING", EnvironmentPhase.TearingDown)]
    [InlineData("SUCCEEDED", "SUCCEEDED", EnvironmentPhase.Deleted)]
    [InlineData("SUCCEEDED", "FAILED", EnvironmentPhase.TeardownFailed)]
    public void Status_NewestExecutionDecides(string provision, string? teardown, EnvironmentPhase expected)
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var status = EnvironmentExecutions.Status(
            "dev",
            new ExecutionSummary("arn:p", "dev_up", provision, t0, null),
            teardown is null ? null : new ExecutionSummary("arn:t", "dev_down", teardown, t0.AddHours(1), null));

        Assert.Equal(expected, status.Phase);
    }

    [Fact]
    public void Status_ProvisionNewerThanTeardown_ProvisionDecides()
    {
        var t0 = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
        var status = EnvironmentExecutions.Status(
            "dev",
            new ExecutionSummary("arn:p", "dev_up", "RUNNING", t0.AddHours(2), null),
            new ExecutionSummary("arn:t", "dev_down", "SUCCEEDED", t0, t0.AddHours(1)));

        Assert.Equal(EnvironmentPhase.Provisioning, status.Phase);
    }

    public void Dispose() => _world.Dispose();
}
