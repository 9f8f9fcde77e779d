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
    /// <param name="incoming">The activity a channel sent.</param>
    /// <param name="siteBaseUrl">
    /// The origin the bot is served from (scheme, host, path base), which makes the site-relative
    /// article links of excerpts absolute when <c>BotFramework:PublicBaseUrl</c> is not set; null keeps
    /// them relative. Passed by the caller because Direct Line runs turns after its request has ended.
    /// </param>
    /// <param name="cancellationToken">Cancels the turn.</param>
    Task<TurnResult> ProcessAsync(Activity incoming, string? siteBaseUrl, CancellationToken cancellationToken);
}
