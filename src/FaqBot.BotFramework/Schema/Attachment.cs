using System.Text.Json;

namespace FaqBot.BotFramework.Schema;

/// <summary>A file or card carried by an activity (schema <c>Attachment</c>).</summary>
public sealed record Attachment
{
    /// <summary>MIME type, e.g. <see cref="ContentTypes.AdaptiveCard"/>.</summary>
    public required string ContentType { get; init; }

    /// <summary>Link to the content; never sent together with <see cref="Content"/> (A7100).</summary>
    public string? ContentUrl { get; init; }

    /// <summary>Inline content (card JSON), kept as raw JSON to round-trip unknown members.</summary>
    public JsonElement? Content { get; init; }

    public string? Name { get; init; }

    public string? ThumbnailUrl { get; init; }
}
