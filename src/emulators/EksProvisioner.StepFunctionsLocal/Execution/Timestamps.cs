using System.Globalization;

namespace EksProvisioner.StepFunctionsLocal.Execution;

/// <summary>Timestamp formats: ISO 8601 with milliseconds in the context object, epoch seconds on the JSON 1.0 wire.</summary>
internal static class Timestamps
{
    public static string Iso(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static double Epoch(DateTimeOffset value) => value.ToUnixTimeMilliseconds() / 1000.0;
}
