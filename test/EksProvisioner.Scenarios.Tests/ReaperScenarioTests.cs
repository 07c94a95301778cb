using System.Text.Json.Nodes;
using Amazon.Runtime;
using EksProvisioner.Aws;
using EksProvisioner.Aws.StepFunctions;
using EksProvisioner.Aws.Tagging;
using EksProvisioner.Core.Naming;
using EksProvisioner.Core.Time;
using EksProvisioner.Functions.Runtime;
using EksProvisioner.Functions.Stages;
using EksProvisioner.Functions.Triggers;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>
/// The TTL reaper end to end on the local account: an environment provisioned with ttlHours, the virtual
/// clock moved past its expiry, the Reaper stage run with its clients pointed at the simulator endpoint
/// (Tagging API and Step Functions as in AWS), the teardown it starts run to completion.
/// </summary>
public sealed class ReaperScenarioTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static string TtlRequest(string name) => new JsonObject { ["name"] = name, ["ttlHours"] = 1 }.ToJsonString();

    private static StageClients Clients(LocalScenario scenario) => new(
        scenario.Account.ClientOptions,
        scenario.Account.Clock,
        Randomizers.Fixed(0.5));

    private static ReaperHandler Reaper(LocalScenario scenario, StageClients clients, TextWriter log)
    {
        var variables = new Dictionary<string, string>
        {
            [TriggerSettings.ProvisionStateMachineVariable] = scenario.Account.ProvisionArn,
            [TriggerSettings.TeardownStateMachineVariable] = scenario.Account.TeardownArn,
        };
        return new ReaperHandler(clients, name => variables.GetValueOrDefault(name), log);
    }

    private static async Task<JsonNode> PassAsync(ReaperHandler reaper, LocalScenario scenario)
    {
        var now = scenario.Account.Clock.GetUtcNow();
        var context = new LambdaInvocationContext("reaper-1", now.AddMinutes(1), scenario.Account.FunctionArn(ReaperHandler.StageName), null, null, null, scenario.Account.Clock);
        var scheduled = JsonNode.Parse("""{"detail-type":"Scheduled Event","source":"aws.scheduler","detail":{}}""");
        return (await reaper.HandleAsync(scheduled, context, Ct))!;
    }

    [Fact]
    public async Task Reaper_PastTtl_TearsTheEnvironmentDownOnceAndLeavesNothingTagged()
    {
        await using var scenario = await LocalScenario.StartAsync();
        var up = await scenario.UpAsync("dev", TtlRequest("dev"));
        Assert.True(up.Result.Status == ExecutionStatus.Succeeded, $"{up.Result.Error}: {up.Result.Cause}");
        await scenario.UpAsync("qa");
        using var clients = Clients(scenario);
        using var log = new StringWriter();
        var reaper = Reaper(scenario, clients, log);

        var early = await PassAsync(reaper, scenario);
        scenario.Account.Clock.Advance(TimeSpan.FromHours(1));
        var first = await PassAsync(reaper, scenario);
        var second = await PassAsync(reaper, scenario);
        var teardown = await scenario.Account.Engine.WaitForExecutionAsync(first["started"]![0]!["executionArn"]!.GetValue<string>(), Ct);
        var after = await PassAsync(reaper, scenario);

        Assert.Empty(early["expired"]!.AsArray());
        Assert.Equal(["dev"], early["checked"]!.AsArray().Select(n => n!.GetValue<string>()));
        var started = first["started"]!.AsArray().Single()!;
        Assert.Equal("dev", started["environment"]!.GetValue<string>());
        Assert.StartsWith("dev_reap_", started["executionName"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(first["skipped"]!.AsArray());
        Assert.Empty(second["started"]!.AsArray());
        Assert.True(teardown.Status == ExecutionStatus.Succeeded, $"{teardown.Error}: {teardown.Cause}");
        Assert.Empty(await scenario.TaggedAsync("dev"));
        Assert.NotEmpty(await scenario.TaggedAsync("qa"));
        Assert.Empty(after["started"]!.AsArray());
        Assert.Empty(after["checked"]!.AsArray());
        var teardowns = new List<string>();
        await foreach (var execution in clients.StepFunctions.ListAllExecutionsAsync(new ListExecutionsRequest { StateMachineArn = scenario.Account.TeardownArn }, Ct))
        {
            teardowns.Add(execution.Name!);
        }

        Assert.Equal([started["executionName"]!.GetValue<string>()], teardowns);
        Assert.Contains("reaper: started teardown dev_reap_", log.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TaggingClient_AfterUpWithTtl_FindsTheEc2AndEksResourcesButNoIamRole()
    {
        await using var scenario = await LocalScenario.StartAsync();
        var up = await scenario.UpAsync("dev", TtlRequest("dev"));
        Assert.Equal(ExecutionStatus.Succeeded, up.Result.Status);
        using var clients = Clients(scenario);

        var arns = new List<string>();
        var expiries = new HashSet<string>(StringComparer.Ordinal);
        var request = new GetResourcesRequest { TagFilters = [new TagFilter { Key = TagKeys.ExpiresAt }], ResourcesPerPage = 3 };
        await foreach (var mapping in clients.Tagging.GetAllResourcesAsync(request, Ct))
        {
            arns.Add(mapping.ResourceArn!);
            expiries.Add(mapping.Tags!.Single(t => t.Key == TagKeys.ExpiresAt).Value!);
        }

        var tagged = await scenario.Account.ResourcesAsync("dev", Ct);
        Assert.Contains(arns, a => a.StartsWith("arn:aws:ec2:us-east-1:", StringComparison.Ordinal) && a.Contains(":vpc/vpc-", StringComparison.Ordinal));
        Assert.Contains("arn:aws:eks:us-east-1:123456789012:cluster/eksprov-dev", arns);
        Assert.Contains(arns, a => a.Contains(":nodegroup/eksprov-dev/", StringComparison.Ordinal));
        Assert.DoesNotContain(arns, a => a.StartsWith("arn:aws:iam:", StringComparison.Ordinal));
        Assert.Contains(tagged, r => r.Service == "iam");
        Assert.Equal(tagged.Count(r => r.Service is "ec2" or "eks"), arns.Count);
        Assert.Equal([OwnershipTags.FormatUtc(up.Result.StartDate.AddHours(1))], expiries);
    }
}
