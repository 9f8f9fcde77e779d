namespace FaqBot.BotFramework.Schema;

/// <summary>An image on a rich card (schema <c>CardImage</c>).</summary>
public sealed record CardImage
{
    public required string Url { get; init; }

    public string? Alt { get; init; }

    public CardAction? Tap { get; init; }
}
