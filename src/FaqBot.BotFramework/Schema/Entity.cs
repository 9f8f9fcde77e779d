using System.Text.Json;
using System.Text.Json.Serialization;

namespace FaqBot.BotFramework.Schema;

/// <summary>
/// Metadata attached to an activity (<c>mention</c>, <c>clientInfo</c>, Web Chat's
/// <c>ClientCapabilities</c>, …). Only <c>type</c> is typed; every other member round-trips
/// unchanged through <see cref="Properties"/>.
/// </summary>
public sealed record Entity
{
    /// <summary>Entity type; compare case-insensitively (Bot Builder does).</summary>
    public string? Type { get; init; }

    /// <summary>All members other than <c>type</c>, as raw JSON.</summary>
    [JsonExtensionData]
    public Dictionary<string, JsonElement>? Properties { get; init; }

    /// <summary>A <c>mention</c> entity for <paramref name="mentioned"/> with its message text.</summary>
    public static Entity Mention(ChannelAccount mentioned, string text) => new()
    {
        Type = "mention",
        Properties = new Dictionary<string, JsonElement>
        {
            ["mentioned"] = BotJson.ToElement(mentioned),
            ["text"] = BotJson.ToElement(text),
        },
    };
}
