using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// Writes <c>timestamp</c> the way channels do (UTC, <c>Z</c>, up to 7 fractional digits:
/// <c>2016-10-19T20:17:52.2891902Z</c>) instead of System.Text.Json's <c>+00:00</c> form;
/// reads any ISO-8601 date.
/// </summary>
public sealed class UtcTimestampConverter : JsonConverter<DateTimeOffset>
{
    /// <inheritdoc />
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    /// <inheritdoc />
    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", CultureInfo.InvariantCulture));
}
