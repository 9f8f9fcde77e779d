using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.Turns;

/// <summary>
/// Runs the bot on one inbound activity. Shared by <c>/api/messages</c> (which posts the replies to
/// the connector or returns them for <c>expectReplies</c>) and Direct Line (which appends them to
/// the conversation's activity stream).
/// </summary>
public interface ITurnProcessor
{
    /// <summary>
    /// Processes <paramref name="incoming"/> and returns the fully addressed replies (from/recipient
    /// swapped; conversation, replyToId, locale, channelId and serviceUrl set) and, for invokes, the
    /// invoke response. Never throws for anything a client can send.
    /// </summary>
    Task<TurnResult> ProcessAsync(Activity incoming, CancellationToken cancellationToken);
}
