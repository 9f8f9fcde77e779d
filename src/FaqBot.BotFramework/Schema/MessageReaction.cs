namespace FaqBot.BotFramework.Schema;

/// <summary>One reaction on a message (e.g. Teams <c>like</c>, <c>heart</c>).</summary>
public sealed record MessageReaction
{
    public string? Type { get; init; }
}
