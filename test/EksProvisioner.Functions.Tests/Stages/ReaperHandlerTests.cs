using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.StepFunctionsLocal;
using EksProvisioner.StepFunctionsLocal.Api;
using EksProvisioner.Testing;

namespace EksProvisioner.Functions.Tests.Stages;

public sealed class ReaperHandlerTests : IDisposable
{
    private const string PassDefinition = """{"StartAt":"Done","States":{"Done":{"Type":"Pass","End":true}}}""";

    private readonly VirtualClock _clock = new(VirtualClock.DefaultStart);
    private readonly StepFunctionsEngine _engine;
    private readonly Dictionary<string, string> _environment;
    private readonly StringWriter _log = new();
    private readonly TaggingThenStates _http;
    private readonly StageClients _clients;

    public ReaperHandlerTests()
    {
        _engine = new StepFunctionsEngine(_clock, Randomizers.Seeded(1), new StepFunctionsEngineOptions());
        _environment = new Dictionary<string, string>
        {
            [TriggerSettings.ProvisionStateMachineVariable] = _engine.CreateStateMachine("provision", PassDefinition),
            [TriggerSettings.TeardownStateMachineVariable] = _engine.CreateStateMachine("teardown", PassDefinition),
        };
        _http = new TaggingThenStates(new StepFunctionsApiHandler(new StepFunctionsApi(_engine)));
        _clients = new StageClients(
            TestAws.Options(handler: _http, region: "eu-central-1"),
            _clock,
            Randomizers.Fixed(0.5));
    }

    public void Dispose()
    {
        _clients.Dispose();
        _http.Dispose();
        _log.Dispose();
    }

    private static LambdaInvocationContext Context(TimeProvider time) =>
        new("req-1", time.GetUtcNow().AddMinutes(1), "arn:aws:lambda:eu-central-1:123456789012:function:Reaper", null, null, null, time);

    [Fact]
    public async Task HandleAsync_ScheduledEventWithExpiredVpc_StartsTeardownInFunctionRegionAndReturnsReport()
    {
        var expiry = OwnershipTags.FormatUtc(_clock.GetUtcNow().AddMinutes(-1));
        _http.Tagging = $$"""{"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:aws:ec2:eu-central-1:123456789012:vpc/vpc-1","Tags":[{"Key":"eksprov:environment","Value":"dev"},{"Key":"eksprov:expires-at","Value":"{{expiry}}"}]}]}""";
        var handler = new ReaperHandler(_clients, name => _environment.GetValueOrDefault(name), _log);
        var scheduled = JsonNode.Parse("""{"version":"0","detail-type":"Scheduled Event","source":"aws.events","detail":{}}""");

        var output = await handler.HandleAsync(scheduled, Context(_clock), TestContext.Current.CancellationToken);

        var started = output!["started"]!.AsArray().Single()!;
        Assert.Equal("dev", started["environment"]!.GetValue<string>());
        Assert.Equal("eu-central-1", output["region"]!.GetValue<string>());
        var execution = await _engine.WaitForExecutionAsync(started["executionArn"]!.GetValue<string>(), TestContext.Current.CancellationToken);
        Assert.Equal("eu-central-1", JsonNode.Parse(execution.Output!)!["region"]!.GetValue<string>());
        Assert.Contains("reaper: report {", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task HandleAsync_TeardownCannotStart_LogsTheReportThenFailsTheInvocation()
    {
        _environment[TriggerSettings.TeardownStateMachineVariable] = "arn:aws:states:eu-central-1:123456789012:stateMachine:gone";
        var expiry = OwnershipTags.FormatUtc(_clock.GetUtcNow().AddMinutes(-1));
        _http.Tagging = $$"""{"PaginationToken":"","ResourceTagMappingList":[{"ResourceARN":"arn:aws:ec2:eu-central-1:123456789012:vpc/vpc-1","Tags":[{"Key":"eksprov:environment","Value":"dev"},{"Key":"eksprov:expires-at","Value":"{{expiry}}"}]}]}""";
        var handler = new ReaperHandler(_clients, name => _environment.GetValueOrDefault(name), _log);

        var error = await Assert.ThrowsAsync<EksProvisioner.Workflow.Reaping.ReapIncompleteException>(
            () => handler.HandleAsync(null, Context(_clock), TestContext.Current.CancellationToken));

        Assert.Equal("dev", Assert.Single(error.Failed).Subject);
        Assert.Contains("reaper: report {", _log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_TeardownMachineVariableMissing_FailsNamingIt()
    {
        _environment.Remove(TriggerSettings.TeardownStateMachineVariable);

        var error = Assert.Throws<InvalidOperationException>(() => new ReaperHandler(_clients, name => _environment.GetValueOrDefault(name), _log));

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
