namespace FaqBot.BotFramework.Turns;

/// <summary>
/// The last answer given in each conversation, so a Teams reaction (which names only the reacted-to
/// message) can be recorded against a question and its articles, whichever instance receives it.
/// Best effort: an unreachable store forgets rather than failing the turn.
/// </summary>
public interface IRecentAnswers
{
    /// <summary>Remembers the answer just given in <paramref name="conversationId"/>.</summary>
    ValueTask RememberAsync(string conversationId, RecentAnswer answer, CancellationToken cancellationToken);

    /// <summary>The last answer of the conversation, or null when none is remembered.</summary>
    ValueTask<RecentAnswer?> FindAsync(string conversationId, CancellationToken cancellationToken);
}
