using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Turns;

/// <summary>What one turn produced.</summary>
/// <param name="Replies">Activities to deliver, in order (typing first, then the message(s)).</param>
/// <param name="InvokeResponse">The HTTP answer for an <c>invoke</c> activity; null otherwise.</param>
public sealed record TurnResult(IReadOnlyList<Activity> Replies, InvokeResponse? InvokeResponse = null)
{
    /// <summary>A turn with nothing to send.</summary>
    public static TurnResult Empty { get; } = new([]);
}
