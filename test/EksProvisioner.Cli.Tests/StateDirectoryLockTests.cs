using EksProvisioner.Cli.Local;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Cli.Tests;

public sealed class StateDirectoryLockTests
{
    [Fact]
    public async Task AcquireAsync_HeldByAnother_RefusesNamingTheDirectoryAndTheHolder()
    {
        using var state = new StateDir();
        var layout = new StateLayout(state.Path);
        using var first = await StateDirectoryLock.AcquireAsync(layout, new StateLockOptions { Command = "up" }, TestContext.Current.CancellationToken);

        var refused = await Assert.ThrowsAsync<StateDirectoryException>(() =>
            StateDirectoryLock.AcquireAsync(layout, new StateLockOptions { Command = "down" }, TestContext.Current.CancellationToken));

        Assert.True(refused.InUse);
        Assert.Contains(state.Path, refused.Message, StringComparison.Ordinal);
        Assert.Contains($"pid {Environment.ProcessId} (eksprov up, since ", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AcquireAsync_HolderEndsWithinTheWait_TakesItAfterSayingItWaits()
    {
        using var state = new StateDir();
        var layout = new StateLayout(state.Path);
        var clock = new FakeTimeProvider();
        using var notices = new StringWriter();
        var first = await StateDirectoryLock.AcquireAsync(layout, new StateLockOptions { Command = "up", Clock = clock }, TestContext.Current.CancellationToken);

        var second = StateDirectoryLock.AcquireAsync(
            layout, new StateLockOptions { Command = "down", Wait = TimeSpan.FromSeconds(60), Clock = clock, Notices = notices }, TestContext.Current.CancellationToken);
        Assert.False(second.IsCompleted);
        first.Dispose();
        clock.Advance(TimeSpan.FromSeconds(1));

        using var held = await second.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken);
        Assert.Contains("waiting for pid", notices.ToString(), StringComparison.Ordinal);
        Assert.Equal("down", StateDirectoryLock.CurrentHolder(layout)?.Command);
    }

    [Fact]
    public async Task AcquireAsync_ServerHoldsIt_RefusesAtOnceWithoutWaiting()
    {
        using var state = new StateDir();
        var layout = new StateLayout(state.Path);
        using var server = await StateDirectoryLock.AcquireAsync(layout, new StateLockOptions { Command = "api", Server = true }, TestContext.Current.CancellationToken);

        // An hour's wait on a clock that never moves: only refusing at once ends this.
        var refused = await Assert.ThrowsAsync<StateDirectoryException>(() => StateDirectoryLock.AcquireAsync(
            layout, new StateLockOptions { Wait = TimeSpan.FromHours(1), Clock = new FakeTimeProvider() }, TestContext.Current.CancellationToken));

        Assert.Contains("eksprov api", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Down_WhileApiLocalServesTheDirectory_IsRefusedInsteadOfBeingUndoneByItsNextWrite()
    {
        using var state = new StateDir();
        await using var api = await RunningCli.StartAsync("api", "--local", "--webhook-secret", "s", "--state-dir", state.Path);

        var run = await CliRun.RunAsync("down", "dev", "--local", "--state-dir", state.Path);

        Assert.Equal(ExitCodes.Failed, run.ExitCode);
        Assert.Contains($"the state directory {state.Path} is in use by pid {Environment.ProcessId} (eksprov api, since ", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CurrentHolder_AfterRelease_IsNobody()
    {
        using var state = new StateDir();
        var layout = new StateLayout(state.Path);

        var held = await StateDirectoryLock.AcquireAsync(layout, new StateLockOptions { Command = "up" }, TestContext.Current.CancellationToken);
        var during = StateDirectoryLock.CurrentHolder(layout);
        held.Dispose();

        Assert.Equal(Environment.ProcessId, during?.Pid);
        Assert.Null(StateDirectoryLock.CurrentHolder(layout));
    }
}
