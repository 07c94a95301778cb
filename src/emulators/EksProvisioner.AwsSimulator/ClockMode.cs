using System.Globalization;
using EksProvisioner.StepFunctionsLocal.Time;

namespace EksProvisioner.AwsSimulator;

/// <summary>
/// How the simulated account's clock moves: <c>virtual</c> (default: only when told or jumped by the
/// local engine) or <c>realtime[:FACTOR]</c> (the wall clock, optionally sped up).
/// </summary>
public sealed record ClockMode(bool Realtime, double Factor)
{
    /// <summary>The virtual clock.</summary>
    public static ClockMode Virtual { get; } = new(false, 1);

    /// <summary>Parses <c>virtual</c>, <c>realtime</c> or <c>realtime:FACTOR</c>.</summary>
    public static ClockMode Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Equals("virtual", StringComparison.OrdinalIgnoreCase))
        {
            return Virtual;
        }

        if (text.Equals("realtime", StringComparison.OrdinalIgnoreCase))
        {
            return new ClockMode(true, 1);
        }

        const string prefix = "realtime:";
        if (text.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
            && double.TryParse(text[prefix.Length..], NumberStyles.Float, CultureInfo.InvariantCulture, out var factor)
            && factor > 0)
        {
            return new ClockMode(true, factor);
        }

        throw new FormatException($"clock mode '{text}' is not 'virtual', 'realtime' or 'realtime:FACTOR' (FACTOR > 0)");
    }

    /// <summary>
    /// A clock in this mode starting at <paramref name="start"/>. The realtime clock follows
    /// <paramref name="wall"/> (pass <see cref="TimeProvider.System"/> from the composition root).
    /// </summary>
    public TimeProvider CreateClock(TimeProvider wall, DateTimeOffset start)
    {
        ArgumentNullException.ThrowIfNull(wall);
        return Realtime ? new Clocks.ScaledClock(wall, Factor, start) : new StepFunctionsLocal.Time.VirtualClock(start);
    }

    public override string ToString() => Realtime ? $"realtime:{Factor.ToString(CultureInfo.InvariantCulture)}" : "virtual";
}
