using EksProvisioner.Cli.Local;
using Microsoft.Extensions.Time.Testing;

namespace EksProvisioner.Cli.Tests;

public sealed class LocalAccountTests
{
    [Fact]
    public async Task StartAsync_SecondAccountOnTheSameDirectory_IsRefusedWhileTheFirstIsOpen()
    {
        using var state = new StateDir();
        await using var first = await LocalAccount.StartAsync(Options(state, "up", TimeSpan.Zero, new FakeTimeProvider()), TestContext.Current.CancellationToken);

        var refused = await Assert.ThrowsAsync<StateDirectoryException>(() =>
            LocalAccount.StartAsync(Options(state, "down", TimeSpan.Zero, new FakeTimeProvider()), TestContext.Current.CancellationToken));

        Assert.Contains("eksprov up", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task StartAsync_TwoWritersOneAfterTheOther_NeitherLosesTheOthersResources()
    {
        using var state = new StateDir();
        var clock = new FakeTimeProvider();
        var first = await LocalAccount.StartAsync(Options(state, "up", TimeSpan.Zero, clock), TestContext.Current.CancellationToken);
        var firstVpc = await TaggedVpc.CreateAsync(first.Endpoint, "one");

        // Before the lock, this one loaded the account without the first's VPC and saved over it.
        var opening = LocalAccount.StartAsync(Options(state, "up", TimeSpan.FromSeconds(60), clock), TestContext.Current.CancellationToken);
        Assert.False(opening.IsCompleted);
        await first.DisposeAsync();
        clock.Advance(TimeSpan.FromSeconds(1));
        await using (var second = await opening.WaitAsync(TimeSpan.FromSeconds(30), TestContext.Current.CancellationToken))
        {
            await TaggedVpc.CreateAsync(second.Endpoint, "two");
        }

        await using var after = await LocalAccount.StartAsync(Options(state, "status", TimeSpan.Zero, clock), TestContext.Current.CancellationToken);
        Assert.Equal(firstVpc, Assert.Single(await after.ResourcesAsync("one", TestContext.Current.CancellationToken)).Id);
        Assert.Single(await after.ResourcesAsync("two", TestContext.Current.CancellationToken));
    }

    private static LocalAccountOptions Options(StateDir state, string command, TimeSpan wait, TimeProvider clock) =>
        new() { StateDirectory = state.Path, Lock = new StateLockOptions { Command = command, Wait = wait, Clock = clock } };
}
