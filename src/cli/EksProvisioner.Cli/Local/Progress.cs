using System.Globalization;

namespace EksProvisioner.Cli.Local;

/// <summary>Live progress for people: one line per state entered, stamped with the executing side's clock.</summary>
internal static class Progress
{
    public static Action<string, DateTimeOffset> Writer(TextWriter writer, bool simulated) =>
        (state, at) => writer.WriteLine($"[{at.ToUniversalTime().ToString("HH:mm:ss", CultureInfo.InvariantCulture)}{(simulated ? " simulated" : "")}] {state}");
}
