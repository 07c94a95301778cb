using EksProvisioner.Core.Time;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator.Tests.Support;

/// <summary>A started simulator on a virtual clock with a client, disposed together.</summary>
public sealed class Sim : IAsyncDisposable
{
    private Sim(AwsSimulator simulator, VirtualClock clock, FakeNetwork? network)
    {
        Simulator = simulator;
        Clock = clock;
        Network = network;
        Client = new SimClient(simulator.Endpoint);
    }

    public AwsSimulator Simulator { get; }

    public VirtualClock Clock { get; }

    public FakeNetwork? Network { get; }

    public SimClient Client { get; }

    public static async Task<Sim> StartAsync(AwsSimulatorOptions? options = null, bool network = true)
    {
        var clock = options?.Clock as VirtualClock ?? new VirtualClock(VirtualClock.DefaultStart);
        var fake = network ? new FakeNetwork() : null;
        var simulator = await AwsSimulator.StartAsync((options ?? new AwsSimulatorOptions()) with { Clock = clock }, TestContext.Current.CancellationToken);
        if (fake is not null)
        {
            simulator.Register(fake);
        }

        return new Sim(simulator, clock, fake);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Simulator.DisposeAsync();
    }
}
