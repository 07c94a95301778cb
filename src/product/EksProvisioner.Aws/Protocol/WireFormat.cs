using System.Collections;
using System.Globalization;

namespace EksProvisioner.Aws.Protocol;

/// <summary>How scalar values are written in URIs, query strings, headers and form bodies.</summary>
internal static class WireFormat
{
    public static string Scalar(object value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        DateTimeOffset time => time.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture),
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The values of a list member, or the single value of a scalar one.</summary>
    public static IEnumerable<object> Values(object value) =>
        value is IEnumerable items and not string ? items.Cast<object>() : [value];
}
