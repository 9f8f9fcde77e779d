namespace FaqBot.BotFramework.Schema;

/// <summary>A hero card (content of an <see cref="ContentTypes.HeroCard"/> attachment).</summary>
public sealed record HeroCard
{
    public string? Title { get; init; }

    public string? Subtitle { get; init; }

    /// <summary>The only card member channels format as Markdown.</summary>
    public string? Text { get; init; }

    public IReadOnlyList<CardImage>? Images { get; init; }

    public IReadOnlyList<CardAction>? Buttons { get; init; }

    public CardAction? Tap { get; init; }
}
