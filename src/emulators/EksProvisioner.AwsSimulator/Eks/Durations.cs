using EksProvisioner.AwsSimulator.Contracts;
using EksProvisioner.Core.Time;

namespace EksProvisioner.AwsSimulator.Eks;

/// <summary>
/// Transition durations from the latency model, spread by its seeded jitter. Each duration is drawn
/// once, when a transition starts, and stored as a timestamp, so persistence never redraws it.
/// </summary>
internal sealed class Durations(LatencyModel model)
{
    private readonly Randomizer _random = Randomizers.Seeded(model.Seed);

    public LatencyModel Model => model;

    public TimeSpan Of(double seconds)
    {
        var spread = model.JitterFraction <= 0 ? 1 : 1 + (model.JitterFraction * ((2 * _random()) - 1));
        return TimeSpan.FromSeconds(Math.Max(0, seconds * spread));
    }
}
