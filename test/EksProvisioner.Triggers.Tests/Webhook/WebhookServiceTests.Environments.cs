using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Core.Contract;
using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Environments;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed partial class WebhookServiceTests
{
    [Fact]
    public async Task HandleAsync_GetUnknownEnvironment_Answers404()
    {
        var response = await _bed.GetAsync("nothing-here");

        Assert.Equal(404, response.StatusCode);
        Assert.Contains("nothing-here", response.Text("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_GetWhileProvisioning_AnswersProvisioningWithoutOutput()
    {
        await _bed.PostAsync(WebhookBed.Body());

        var status = (await _bed.GetAsync("dev")).Json();

        Assert.Equal("Provisioning", status["phase"]!.GetValue<string>());
        Assert.Equal("RUNNING", status["provision"]!["status"]!.GetValue<string>());
        Assert.Equal(ProvisionArn(), status["provision"]!["executionArn"]!.GetValue<string>());
        Assert.Null(status["teardown"]);
        Assert.Null(status["output"]);
        Assert.Equal(Environments.SfnWorld.StackRegion, status["region"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_GetReady_AnswersTheProvisioningOutput()
    {
        await _bed.PostAsync(WebhookBed.Body(extra: "\"region\":\"eu-west-1\","));
        await _bed.World.Finish(ProvisionArn());

        var response = await _bed.GetAsync("dev");

        var status = response.Json();
        Assert.Equal(200, response.StatusCode);
        Assert.Equal("Ready", status["phase"]!.GetValue<string>());
        Assert.Equal("eu-west-1", status["region"]!.GetValue<string>());
        Assert.True(status["output"]!["ok"]!.GetValue<bool>());
        Assert.Null(status["error"]);
    }

    [Fact]
    public async Task HandleAsync_GetProvisionFailed_AnswersErrorAndCause()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn(), succeed: false);

        var status = (await _bed.GetAsync("dev")).Json();

        Assert.Equal("ProvisionFailed", status["phase"]!.GetValue<string>());
        Assert.False(string.IsNullOrEmpty(status["error"]!.GetValue<string>()));
        Assert.Null(status["output"]);
    }

    [Theory]
    [InlineData(null, "TearingDown")]
    [InlineData(true, "Deleted")]
    [InlineData(false, "TeardownFailed")]
    public async Task HandleAsync_GetAfterDelete_AnswersTheTeardownPhase(bool? teardownSucceeds, string phase)
    {
        var teardown = await ReadyThenDeleteAsync();
        if (teardownSucceeds is { } succeed)
        {
            await _bed.World.Finish(teardown, succeed);
        }

        var status = (await _bed.GetAsync("dev")).Json();

        Assert.Equal(phase, status["phase"]!.GetValue<string>());
        Assert.Equal(teardown, status["teardown"]!["executionArn"]!.GetValue<string>());
        Assert.Null(status["output"]);
    }

    [Fact]
    public async Task HandleAsync_DeleteReadyEnvironment_Answers202AndStartsTheTeardownInItsRegion()
    {
        await _bed.PostAsync(WebhookBed.Body(extra: "\"region\":\"eu-west-1\","));
        await _bed.World.Finish(ProvisionArn());
        _bed.World.Later();

        var response = await _bed.DeleteAsync("dev");

        Assert.Equal(202, response.StatusCode);
        var arn = response.Text("executionArn");
        Assert.Matches("^dev_down_[0-9a-f]{16}$", response.Text("executionName"));
        Assert.Equal(StateMachines.ExecutionArn(_bed.World.Machines.TeardownArn, response.Text("executionName")), arn);
        Assert.Equal(2, _bed.Starts);
        var input = JsonNode.Parse((await _bed.World.Client.DescribeExecutionAsync(new DescribeExecutionRequest { ExecutionArn = arn }, Ct)).Input!)!;
        Assert.Equal("eu-west-1", input["region"]!.GetValue<string>());
        Assert.Equal("dev", input["environmentName"]!.GetValue<string>());
    }

    [Fact]
    public async Task HandleAsync_DeleteWhileTearingDown_Answers200WithTheRunningTeardown()
    {
        var running = await ReadyThenDeleteAsync();
        _bed.World.Later();

        var again = await _bed.DeleteAsync("dev");

        Assert.Equal(200, again.StatusCode);
        Assert.Equal(running, again.Text("executionArn"));
        Assert.Equal("RUNNING", again.Text("status"));
        Assert.Equal(2, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteDeletedEnvironment_Answers200WithItsLastTeardownAndStartsNothing()
    {
        var teardown = await ReadyThenDeleteAsync();
        await _bed.World.Finish(teardown);
        _bed.World.Later();

        var again = await _bed.DeleteAsync("dev");

        Assert.Equal(200, again.StatusCode);
        Assert.Equal(teardown, again.Text("executionArn"));
        Assert.Equal("SUCCEEDED", again.Text("status"));
        Assert.Equal(2, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteUnknownEnvironment_Answers404AndStartsNothing()
    {
        var response = await _bed.DeleteAsync("ghost");

        Assert.Equal(404, response.StatusCode);
        Assert.Equal(0, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteWhileProvisioning_Answers409AndStartsNothing()
    {
        await _bed.PostAsync(WebhookBed.Body());

        var response = await _bed.DeleteAsync("dev");

        Assert.Equal(409, response.StatusCode);
        Assert.Equal(1, _bed.Starts);
    }


    /// <summary>Provisions dev, lets it succeed, deletes it; answers the teardown's ARN (running).</summary>
    private async Task<string> ReadyThenDeleteAsync()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());
        _bed.World.Later();
        var response = await _bed.DeleteAsync("dev");
        Assert.Equal(202, response.StatusCode);
        return response.Text("executionArn");
    }
}
