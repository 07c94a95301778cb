using System.Globalization;

namespace EksProvisioner.Cli.Display;

/// <summary>Durations as the progress display shows them: <c>mm:ss</c>, or <c>h:mm:ss</c> past an hour.</summary>
internal static class Elapsed
{
    public static string Format(TimeSpan span)
    {
        if (span < TimeSpan.Zero)
        {
            span = TimeSpan.Zero;
        }

        return span.TotalHours >= 1
            ? span.ToString(@"h\:mm\:ss", CultureInfo.InvariantCulture)
            : span.ToString(@"mm\:ss", CultureInfo.InvariantCulture);
    }
}
