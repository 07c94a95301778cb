using EksProvisioner.AwsSimulator.Ec2;
using EksProvisioner.Cli.Local;
using EksProvisioner.StepFunctionsLocal;

namespace EksProvisioner.Scenarios.Tests;

/// <summary>Idempotency and isolation: stages run twice, and many environments in one account at once.</summary>
public sealed class ConcurrencyScenarioTests
{
    [Fact]
    public async Task Up_EveryStageRunTwice_CreatesNoDuplicates()
    {
        await using var once = await LocalScenario.StartAsync();
        await using var twice = await LocalScenario.StartAsync(new LocalAccountOptions { StateDirectory = null, InvokeStagesTwice = true });

        var single = await once.UpAsync("full", LocalScenario.FullRequest("full"));
        var doubled = await twice.UpAsync("full", LocalScenario.FullRequest("full"));

        Assert.Equal(ExecutionStatus.Succeeded, single.Result.Status);
        Assert.True(doubled.Result.Status == ExecutionStatus.Succeeded, $"{doubled.Result.Error}: {doubled.Result.Cause}");
        Assert.Equal(Kinds(await once.TaggedAsync("full")), Kinds(await twice.TaggedAsync("full")));
    }

    [Fact]
    public async Task Up_TwentyEnvironmentsAtOnce_AllSucceedWithoutTouchingEachOther()
    {
        // An account running 20 environments has its EC2 quotas raised, as a real one would.
        var quotas = new Ec2Quotas { VpcsPerRegion = 25, ElasticIpsPerRegion = 25, InternetGatewaysPerRegion = 25, NatGatewaysPerAvailabilityZone = 25 };
        await using var scenario = await LocalScenario.StartAsync(new LocalAccountOptions { StateDirectory = null, Ec2Quotas = quotas });
        var names = Enumerable.Range(1, 20).Select(i => $"env{i:D2}").ToList();

        var runs = await Task.WhenAll(names.Select(name => scenario.UpAsync(name)));

        Assert.All(runs, run => Assert.True(run.Result.Status == ExecutionStatus.Succeeded, $"{run.Result.Name}: {run.Result.Error}: {run.Result.Cause}"));
        var expected = Kinds(await scenario.TaggedAsync(names[0]));
        foreach (var name in names)
        {
            Assert.Equal(expected, Kinds(await scenario.TaggedAsync(name)));
        }
    }

    /// <summary>How many resources of each service and type, ids left out (they differ between accounts).</summary>
    private static List<string> Kinds(IReadOnlyList<string> resources) =>
        [.. resources.Select(r => string.Join(' ', r.Split(' ').Take(2))).GroupBy(k => k).Select(g => $"{g.Key} x{g.Count()}").Order(StringComparer.Ordinal)];
}
