namespace EksProvisioner.Core.Time;

/// <summary>
/// Injected randomness: returns a double in [0, 1). Production code receives one from the composition
/// root; tests pass a fixed sequence. Kept as a delegate (as Polly does) so any source fits.
/// </summary>
public delegate double Randomizer();

/// <summary>Factories for <see cref="Randomizer"/>.</summary>
public static class Randomizers
{
    /// <summary>A reproducible randomizer from a seed (simulator jitter, fault probabilities).</summary>
    public static Randomizer Seeded(int seed)
    {
#pragma warning disable CA5394 // Deterministic, seeded randomness for simulation and jitter, never for security.
        var random = new Random(seed);
        return random.NextDouble;
#pragma warning restore CA5394
    }

    /// <summary>Always returns <paramref name="value"/>; for tests.</summary>
    public static Randomizer Fixed(double value) => () => value;
}
