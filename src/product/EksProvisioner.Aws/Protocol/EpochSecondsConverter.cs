using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace EksProvisioner.Aws.Protocol;

/// <summary>
/// JSON protocols send timestamps as epoch seconds (a number, possibly fractional) by default. Some
/// emulators answer ISO 8601 strings instead, so reading accepts both; writing always uses seconds.
/// </summary>
internal sealed class EpochSecondsConverter : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.Number)
        {
            var seconds = reader.GetDecimal();
            return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond));
        }

        var text = reader.GetString() ?? throw new JsonException("timestamp is null");
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var parsed)
            ? DateTimeOffset.UnixEpoch.AddTicks((long)(parsed * TimeSpan.TicksPerSecond))
            : DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options)
    {
        var ticks = (value - DateTimeOffset.UnixEpoch).Ticks;
        writer.WriteNumberValue((decimal)ticks / TimeSpan.TicksPerSecond);
    }
}
