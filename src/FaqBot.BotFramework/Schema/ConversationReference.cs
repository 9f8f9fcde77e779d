namespace FaqBot.BotFramework.Schema;

/// <summary>Points at a conversation or activity (schema <c>ConversationReference</c>, used by <c>relatesTo</c>).</summary>
public sealed record ConversationReference
{
    public string? ActivityId { get; init; }

    public ChannelAccount? User { get; init; }

    public ChannelAccount? Bot { get; init; }

    public ConversationAccount? Conversation { get; init; }

    public string? ChannelId { get; init; }

    public string? ServiceUrl { get; init; }

    public string? Locale { get; init; }
}
