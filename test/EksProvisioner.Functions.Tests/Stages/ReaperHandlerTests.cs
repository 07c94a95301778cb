using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using EksProvisioner.Core.Naming;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Tests.Triggers;
using EksProvisioner.Functions.Triggers;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class ReaperHandlerTests : IDisposable
{
    private readonly TaggingThenStates _http;
    private readonly TriggerWorld _world;

    public ReaperHandlerTests()
    {
        TaggingThenStates? http = null;
        _world = new TriggerWorld(states => http = new TaggingThenStates(states));
        _http = http!;
    }

    public void Dispose() => _world.Dispose();

    private static LambdaInvocationContext Context(TimeProvider time) =>
        new("req-1", time.GetUtcNow().AddMinutes(1), "arn:aws:lambda:eu-west-1:123456789012:function:Reaper", null, null, null, time);

    [Fact]
    public async Task HandleAsync_ScheduledEventWithExpiredVpc_StartsTeardownInFunctionRegionAndReturnsReport()
    {
        var expiry = OwnershipTags.FormatUtc(_world.Clock.GetUtcNow().AddMinutes(-1));
        _http.Tagging = $$"""{"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1","Tags":[{"Key":"eksprov:environment","Value":"dev"},{"Key":"eksprov:expires-at","Value":"{{expiry}}"}]}]}""";
        var handler = new ReaperHandler(_world.Clients, _world.Variable, _world.Log);
        var scheduled = JsonNode.Parse("""{"version":"0","detail-type":"Scheduled Event","source":"aws.events","detail":{}}""");

        var output = await handler.HandleAsync(scheduled, Context(_world.Clock), TestContext.Current.CancellationToken);

        var started = output!["started"]!.AsArray().Single()!;
        Assert.Equal("dev", started["environment"]!.GetValue<string>());
        Assert.Equal("eu-west-1", output["region"]!.GetValue<string>());
        var execution = await _world.Engine.WaitForExecutionAsync(started["executionArn"]!.GetValue<string>(), TestContext.Current.CancellationToken);
        Assert.Equal("eu-west-1", JsonNode.Parse(execution.Output!)!["region"]!.GetValue<string>());
        Assert.Contains("reaper: report {", _world.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TeardownCannotStart_LogsTheReportThenFailsTheInvocation()
    {
        _world.Environment[TriggerSettings.TeardownStateMachineVariable] = "arn:aws:states:eu-west-1:123456789012:stateMachine:gone";
        var expiry = OwnershipTags.FormatUtc(_world.Clock.GetUtcNow().AddMinutes(-1));
        _http.Tagging = $$"""{"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:aws:ec2:eu-west-1:123456789012:vpc/vpc-1","Tags":[{"Key":"eksprov:environment","Value":"dev"},{"Key":"eksprov:expires-at","Value":"{{expiry}}"}]}]}""";
        var handler = new ReaperHandler(_world.Clients, _world.Variable, _world.Log);

        var error = await Assert.ThrowsAsync<EksProvisioner.Triggers.Reaping.ReapIncompleteException>(
            () => handler.HandleAsync(null, Context(_world.Clock), TestContext.Current.CancellationToken));

        Assert.Equal("dev", Assert.Single(error.Failed).Subject);
        Assert.Contains("reaper: report {", _world.Log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TeardownMachineVariableMissing_FailsNamingIt()
    {
        _world.Environment.Remove(TriggerSettings.TeardownStateMachineVariable);

        var error = Assert.Throws<InvalidOperationException>(() => new ReaperHandler(_world.Clients, _world.Variable, _world.Log));

        Assert.Contains(TriggerSettings.TeardownStateMachineVariable, error.Message, StringComparison.Ordinal);
    }

    /// <summary>Stands for AWS behind one endpoint: Tagging API calls get <see cref="Tagging"/>, the rest go to the local engine's Step Functions API.</summary>
    private sealed class TaggingThenStates(HttpMessageHandler states) : DelegatingHandler(states)
    {
        public string Tagging { get; set; } = """{"ResourceTagMappingList":[]}""";

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var target = request.Headers.TryGetValues("X-Amz-Target", out var values) ? values.First() : "";
            return target.StartsWith("ResourceGroupsTaggingAPI_20170126.", StringComparison.Ordinal)
                ? Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent(Tagging, Encoding.UTF8, "application/x-amz-json-1.1") })
                : base.SendAsync(request, cancellationToken);
        }
    }
}
