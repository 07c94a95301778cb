using System.Net;
using EksProvisioner.AwsSimulator.Tests.Support;
using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Persistence;

public sealed class StateStoreTests : IDisposable
{
    private readonly string _directory = Path.Combine(Path.GetTempPath(), "eksprov-sim-" + Environment.ProcessId + "-" + Interlocked.Increment(ref _counter));
    private static int _counter;

    [Fact]
    public async Task StateDirectory_Restart_RestoresResourcesAndClock()
    {
        var options = new AwsSimulatorOptions { StateDirectory = _directory };
        DateTimeOffset savedTime;
        await using (var first = await Sim.StartAsync(options))
        {
            await Steps.ActiveClusterAsync(first);
            savedTime = first.Clock.GetUtcNow();
        }

        await using var second = await Sim.StartAsync(options);
        var cluster = await second.Client.RestAsync(HttpMethod.Get, "/clusters/demo");
        var role = await second.Client.QueryAsync("iam", "GetRole", ("RoleName", "demo-role"));

        Assert.Equal(savedTime, second.Clock.GetUtcNow());
        Assert.Equal("ACTIVE", cluster.Json["cluster"]!["status"]!.GetValue<string>());
        Assert.Equal(HttpStatusCode.OK, role.Status);
    }

    [Fact]
    public async Task StateDirectory_TimePassedAfterLastChange_RestartRestoresTheLaterClock()
    {
        var options = new AwsSimulatorOptions { StateDirectory = _directory };
        DateTimeOffset stopped;
        await using (var first = await Sim.StartAsync(options, network: false))
        {
            await Steps.CreateRoleAsync(first.Client, "r");
            first.Clock.Advance(TimeSpan.FromMinutes(4));
            stopped = first.Clock.GetUtcNow();
        }

        await using var second = await Sim.StartAsync(options, network: false);

        Assert.Equal(stopped, second.Clock.GetUtcNow());
    }

    [Fact]
    public async Task StateDirectory_CrashLeftTornTempFile_LastCompleteStateLoads()
    {
        var options = new AwsSimulatorOptions { StateDirectory = _directory };
        await using (var first = await Sim.StartAsync(options, network: false))
        {
            await Steps.CreateRoleAsync(first.Client, "kept");
        }

        // A crash between writing the temporary file and renaming it leaves a torn temporary file.
        await File.WriteAllTextAsync(Path.Combine(_directory, "account.json.tmp"), "{\"version\": 1, \"clo", TestContext.Current.CancellationToken);
        await using var second = await Sim.StartAsync(options, network: false);
        var role = await second.Client.QueryAsync("iam", "GetRole", ("RoleName", "kept"));

        Assert.Equal(HttpStatusCode.OK, role.Status);
    }

    [Fact]
    public async Task StateDirectory_ReadOnlyCalls_LeaveNoTempFileBehind()
    {
        var options = new AwsSimulatorOptions { StateDirectory = _directory };
        await using var sim = await Sim.StartAsync(options, network: false);

        await Steps.CreateRoleAsync(sim.Client, "r");
        await sim.Client.QueryAsync("iam", "GetRole", ("RoleName", "r"));

        Assert.True(File.Exists(Path.Combine(_directory, "account.json")));
        Assert.False(File.Exists(Path.Combine(_directory, "account.json.tmp")));
    }

    [Fact]
    public async Task StateDirectory_ClusterDeletingAcrossRestart_CompletesOnLaterClock()
    {
        var options = new AwsSimulatorOptions { StateDirectory = _directory };
        await using (var first = await Sim.StartAsync(options))
        {
            await Steps.ActiveClusterAsync(first);
            await first.Client.RestAsync(HttpMethod.Delete, "/clusters/demo");
        }

        await using var second = await Sim.StartAsync(options with { Clock = new VirtualClock(VirtualClock.DefaultStart) });
        var deleting = await second.Client.RestAsync(HttpMethod.Get, "/clusters/demo");
        await second.Client.AdvanceAsync(360);
        var gone = await second.Client.RestAsync(HttpMethod.Get, "/clusters/demo");

        Assert.Equal("DELETING", deleting.Json["cluster"]!["status"]!.GetValue<string>());
        Assert.Equal("ResourceNotFoundException", gone.ErrorCode);
    }

    public void Dispose()
    {
        if (Directory.Exists(_directory))
        {
            Directory.Delete(_directory, recursive: true);
        }
    }
}
