using EksProvisioner.Core.Naming;
using EksProvisioner.Triggers.Webhook;

namespace EksProvisioner.Triggers.Tests.Webhook;

public sealed partial class WebhookServiceTests
{
    [Fact]
    public async Task HandleAsync_DeleteReplayed_Answers409AlreadyAcceptedAndStartsNothing()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());
        var delete = _bed.Signed(WebhookAction.Teardown, "dev");
        var first = await _bed.SendAsync(delete);
        await _bed.World.Finish(first.Text("executionArn"));

        var replay = await _bed.SendAsync(delete);

        Assert.Equal(202, first.StatusCode);
        Assert.Equal(409, replay.StatusCode);
        Assert.StartsWith("already accepted", replay.Text("message"), StringComparison.Ordinal);
        Assert.Equal(2, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteReplayedByAnotherInstance_Answers409()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());
        var delete = _bed.Signed(WebhookAction.Teardown, "dev");
        await _bed.SendAsync(delete);
        var coldStart = new WebhookService(_bed.World.Environments, new StaticWebhookSecret(WebhookBed.Secret), _bed.World.Clock);

        var replay = (await coldStart.HandleAsync(delete, Ct)).Response;

        Assert.Equal(409, replay.StatusCode);
        Assert.Equal(2, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteEnvironmentNoTicketCreated_Answers403AndStartsNothing()
    {
        var up = await _bed.World.Environments.StartProvisionAsync("""{"name":"dev"}""", ExecutionNames.Up("dev", _bed.World.Clock.GetUtcNow()), Ct);
        await _bed.World.Finish(up.ExecutionArn);

        var response = await _bed.DeleteAsync("dev");

        Assert.Equal(403, response.StatusCode);
        Assert.Contains("not created through a ticket", response.Text("message"), StringComparison.Ordinal);
        Assert.Contains("WebhookDeletableEnvironments", response.Text("message"), StringComparison.Ordinal);
        Assert.Equal(1, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_DeleteListedAsDeletable_StartsTheTeardown()
    {
        var up = await _bed.World.Environments.StartProvisionAsync("""{"name":"dev"}""", ExecutionNames.Up("dev", _bed.World.Clock.GetUtcNow()), Ct);
        await _bed.World.Finish(up.ExecutionArn);
        var service = new WebhookService(_bed.World.Environments, new StaticWebhookSecret(WebhookBed.Secret), _bed.World.Clock, null, DeletableEnvironments.Parse("qa, dev"));

        var response = (await service.HandleAsync(_bed.Signed(WebhookAction.Teardown, "dev"), Ct)).Response;

        Assert.Equal(202, response.StatusCode);
        Assert.Equal(2, _bed.Starts);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task HandleAsync_PostOtherTicketForExistingEnvironment_Answers409NamingThePhase(bool finished)
    {
        await _bed.PostAsync(WebhookBed.Body(key: "OPS-1"));
        if (finished)
        {
            await _bed.World.Finish(ProvisionArn());
        }

        var response = await _bed.PostAsync(WebhookBed.Body(key: "OPS-2"));

        Assert.Equal(409, response.StatusCode);
        Assert.Contains(finished ? "phase Ready" : "phase Provisioning", response.Text("message"), StringComparison.Ordinal);
        Assert.Equal(1, _bed.Starts);
    }

    [Fact]
    public async Task HandleAsync_PostSameTicketAgainWhenReady_Answers200WithTheFirst()
    {
        await _bed.PostAsync(WebhookBed.Body());
        await _bed.World.Finish(ProvisionArn());

        var response = await _bed.PostAsync(WebhookBed.Body());

        Assert.Equal(200, response.StatusCode);
        Assert.Equal(1, _bed.Starts);
    }

    [Fact]
    public void DeletableEnvironments_NotAName_Throws() =>
        Assert.Throws<FormatException>(() => DeletableEnvironments.Parse("dev,Prod_1"));
}
