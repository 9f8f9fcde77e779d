using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// The one JSON configuration for Bot Framework wire types: camelCase out, case-insensitive in
/// (<see cref="JsonSerializerDefaults.Web"/>), nulls left out because the schema asks senders not
/// to send empty members (ACT-SPEC A2004).
/// </summary>
public static class BotJson
{
    /// <summary>Shared, read-only serializer options for every Bot Framework payload.</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    /// <summary>Serializes <paramref name="value"/> into a detached <see cref="JsonElement"/>
    /// (for <c>value</c>, <c>channelData</c> and card content members).</summary>
    public static JsonElement ToElement<T>(T value) => JsonSerializer.SerializeToElement(value, Options);

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        };
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
