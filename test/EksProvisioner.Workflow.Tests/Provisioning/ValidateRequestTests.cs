using System.Text.Json;
using EksProvisioner.Core.Errors;
using EksProvisioner.Workflow.Documents;
using EksProvisioner.Workflow.Provisioning;
using EksProvisioner.Workflow.Support;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Workflow.Tests.Provisioning;

public class ValidateRequestTests
{
    private static ValidateRequestInput Input(string json, DateTimeOffset? start) =>
        new(JsonDocument.Parse(json).RootElement.Clone(), "exec-1", start);

    [Fact]
    public async Task RunAsync_ValidRequest_EnvironmentFromExecutionStartTime()
    {
        var clock = new FakeTimeProvider(TestWorld.Start.AddHours(5));
        var start = TestWorld.Start.AddMilliseconds(750);

        var result = await new ValidateRequest(clock).RunAsync(Input(TestWorld.FullRequest, start), TestContext.Current.CancellationToken);

        Assert.Equal(TestWorld.Start, result.Environment.CreatedAt);
        Assert.Equal(TestWorld.Start.AddHours(8), result.Environment.ExpiresAt);
        Assert.Equal("dev", result.Environment.Tags["eksprov:environment"]);
        Assert.Equal("platform", result.Environment.Tags["team"]);
        Assert.Equal("2026-01-02T11:04:05Z", result.Environment.Tags["eksprov:expires-at"]);
        Assert.NotEmpty(result.Request.Network.PublicSubnetCidrs);
    }

    [Fact]
    public async Task RunAsync_ExecutionName_TagsTheProvisioningAndSetsItsDeadline()
    {
        var clock = new FakeTimeProvider(TestWorld.Start);

        var result = await new ValidateRequest(clock).RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken);

        Assert.Equal("exec-1", result.Environment.Tags["eksprov:provisioning"]);
        Assert.Equal(TestWorld.Start.AddSeconds(ExecutionBudget.ProvisioningSeconds), result.Environment.ProvisioningDeadline);
    }

    [Fact]
    public async Task RunAsync_EnvironmentAlreadyExists_RefusesBeforeCreatingAnything()
    {
        var world = new TestWorld(provisioning: "dev_up_first");
        await world.ClusterAsync(TestContext.Current.CancellationToken);
        var roles = world.Iam.Roles.Count;

        var refused = await Assert.ThrowsAsync<EnvironmentAlreadyExistsException>(() =>
            new ValidateRequest(world.Time, null, world.Eks, world.Ec2).RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken));

        Assert.Contains("dev_up_first", refused.Message, StringComparison.Ordinal);
        Assert.Equal(roles, world.Iam.Roles.Count);
    }

    [Fact]
    public async Task RunAsync_OnlyTheNetworkIsLeft_Refuses()
    {
        var world = new TestWorld(provisioning: "dev_up_first");
        await new CreateNetwork(world.Ec2, world.Time, TestWorld.Names).RunAsync(world.Input, TestContext.Current.CancellationToken);

        await Assert.ThrowsAsync<EnvironmentAlreadyExistsException>(() =>
            new ValidateRequest(world.Time, null, world.Eks, world.Ec2).RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task RunAsync_NothingThere_Accepts()
    {
        var world = new TestWorld();

        var result = await new ValidateRequest(world.Time, null, world.Eks, world.Ec2).RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken);

        Assert.Equal("dev", result.Request.Name);
    }

    [Fact]
    public async Task RunAsync_TwiceWithSameInput_SameEnvironment()
    {
        var clock = new FakeTimeProvider(TestWorld.Start);
        var stage = new ValidateRequest(clock);

        var first = await stage.RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken);
        clock.Advance(TimeSpan.FromMinutes(3));
        var second = await stage.RunAsync(Input(TestWorld.FullRequest, TestWorld.Start), TestContext.Current.CancellationToken);

        Assert.Equal(first.Environment.CreatedAt, second.Environment.CreatedAt);
        Assert.Equal(first.Environment.Tags, second.Environment.Tags);
    }

    [Fact]
    public async Task RunAsync_NoStartTime_UsesInjectedClock()
    {
        var clock = new FakeTimeProvider(TestWorld.Start.AddDays(1));

        var result = await new ValidateRequest(clock).RunAsync(Input("""{"name":"dev"}""", null), TestContext.Current.CancellationToken);

        Assert.Equal(TestWorld.Start.AddDays(1), result.Environment.CreatedAt);
        Assert.Null(result.Environment.ExpiresAt);
    }

    [Fact]
    public async Task RunAsync_InvalidRequest_ThrowsWithEveryProblem()
    {
        var error = await Assert.ThrowsAsync<EnvironmentRequestInvalidException>(() =>
            new ValidateRequest(TimeProvider.System).RunAsync(Input("""{"name":"Bad Name","ttlHours":-1}""", TestWorld.Start), TestContext.Current.CancellationToken));

        Assert.True(error.Problems.Count >= 2, string.Join("; ", error.Problems));
    }

    [Fact]
    public async Task RunAsync_NoRegionInAStackElsewhere_IsTheStacksRegion()
    {
        var result = await new ValidateRequest(new FakeTimeProvider(TestWorld.Start), "eu-west-1")
            .RunAsync(Input("""{"name":"dev"}""", TestWorld.Start), TestContext.Current.CancellationToken);

        Assert.Equal("eu-west-1", result.Request.Region);
        Assert.Equal("eu-west-1", result.Environment.Region);
    }

    [Fact]
    public async Task RunAsync_RegionOtherThanTheStacks_IsInvalidNamingBoth()
    {
        var stage = new ValidateRequest(new FakeTimeProvider(TestWorld.Start), "eu-west-1");

        var error = await Assert.ThrowsAsync<EnvironmentRequestInvalidException>(
            () => stage.RunAsync(Input("""{"name":"dev","region":"us-west-2"}""", TestWorld.Start), TestContext.Current.CancellationToken));

        var problem = Assert.Single(error.Problems);
        Assert.StartsWith("$.region: 'us-west-2'", problem, StringComparison.Ordinal);
        Assert.Contains("eu-west-1", problem, StringComparison.Ordinal);
    }
}
