namespace FaqBot.BotFramework.Schema;

/// <summary>Quick-reply buttons shown under a message (schema <c>SuggestedActions</c>).</summary>
public sealed record SuggestedActions
{
    /// <summary>Recipient ids; null or empty means everyone (A7710).</summary>
    public IReadOnlyList<string>? To { get; init; }

    public required IReadOnlyList<CardAction> Actions { get; init; }
}
