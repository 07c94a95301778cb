using System.Globalization;

namespace EksProvisioner.Cli.Local;

/// <summary>Live progress for people: one line per state entered, stamped with the simulated clock.</summary>
internal static class Progress
{
    public static Action<string, DateTimeOffset> Writer(TextWriter writer) =>
        (state, at) => writer.WriteLine($"[{at.ToString("HH:mm:ss", CultureInfo.InvariantCulture)} simulated] {state}");
}
