using System.Text.Json;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Errors;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Workflow;
using EksProvisioner.Workflow.Documents;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class ValidateRequestStageTests
{
    private static readonly DateTimeOffset Start = new(2026, 3, 4, 5, 6, 7, TimeSpan.Zero);

    private static LambdaInvocationContext Context() =>
        new("req-1", Start.AddMinutes(1), "arn:aws:lambda:us-east-1:123456789012:function:ValidateRequest", null, null, null, new FakeTimeProvider(Start));

    [Fact]
    public async Task HandleAsync_AslParameters_DocumentTheNextStagesCanRead()
    {
        using var stage = new TableStage("ValidateRequest", new FakeTimeProvider(Start), new EmptyAccountHandler());
        var handler = stage.Handler;
        var input = JsonNode.Parse("""{"request":{"name":"dev","ttlHours":2},"executionName":"dev-1","startTime":"2026-03-04T05:06:07.123Z"}""");

        var output = await handler.HandleAsync(input, Context(), TestContext.Current.CancellationToken);

        Assert.Equal("dev", output!["environment"]!["name"]!.GetValue<string>());
        Assert.Equal("dev", output["environment"]!["tags"]!["eksprov:environment"]!.GetValue<string>());

        // The state machine passes {environment, request} to the foundation branches: that must read back.
        var next = new JsonObject { ["environment"] = output["environment"]!.DeepClone(), ["request"] = output["request"]!.DeepClone() };
        var stageInput = WorkflowJson.Read<StageInput>(next);
        Assert.Equal(Start, stageInput.Environment.CreatedAt);
        Assert.Equal(Start.AddHours(2), stageInput.Environment.ExpiresAt);
    }

    [Fact]
    public async Task HandleAsync_InvalidRequest_ThrowsTheExceptionWhoseNameAslCatches()
    {
        using var stage = new TableStage("ValidateRequest", new FakeTimeProvider(Start));
        var handler = stage.Handler;
        var input = JsonNode.Parse("""{"request":{"name":"NOT VALID"}}""");

        var error = await Assert.ThrowsAsync<EnvironmentRequestInvalidException>(() => handler.HandleAsync(input, Context(), TestContext.Current.CancellationToken));

        Assert.Equal("EnvironmentRequestInvalidException", error.ErrorName);
    }

    [Fact]
    public async Task HandleAsync_EmptyEvent_ThrowsJsonException()
    {
        using var stage = new TableStage("ValidateRequest", new FakeTimeProvider(Start));
        var handler = stage.Handler;

        await Assert.ThrowsAsync<JsonException>(() => handler.HandleAsync(null, Context(), TestContext.Current.CancellationToken));
    }
}
