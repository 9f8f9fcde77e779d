using FaqBot.BotFramework.Schema;

namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// The activities of a conversation still waiting for the bot, answered one at a time in log order by
/// whichever instance holds the conversation's lease. Answering is all-or-nothing: the replies are
/// appended and the turn marked answered in one step, and only while the lease is held, so a turn is
/// answered once even when an instance dies half-way and another takes over after the lease runs out.
/// </summary>
public interface IDirectLineTurnQueue
{
    /// <summary>Takes the conversation's lease for <paramref name="duration"/>; null while another holder has it.</summary>
    ValueTask<string?> TryLeaseAsync(string conversationId, TimeSpan duration, CancellationToken cancellationToken);

    /// <summary>Gives the lease back (nothing happens when it is no longer <paramref name="lease"/>'s).</summary>
    ValueTask ReleaseAsync(string conversationId, string lease, CancellationToken cancellationToken);

    /// <summary>The activities not answered yet, oldest first.</summary>
    ValueTask<IReadOnlyList<DirectLineLogEntry>> PendingAsync(string conversationId, CancellationToken cancellationToken);

    /// <summary>
    /// Appends <paramref name="replies"/> (visible) and marks everything up to <paramref name="turnWatermark"/>
    /// answered; false, with nothing changed, when <paramref name="lease"/> no longer holds the conversation.
    /// </summary>
    ValueTask<bool> CompleteAsync(string conversationId, string lease, long turnWatermark, IReadOnlyList<Activity> replies, CancellationToken cancellationToken);

    /// <summary>Conversations whose oldest unanswered activity has waited longer than <paramref name="olderThan"/>.</summary>
    ValueTask<IReadOnlyList<string>> StalledAsync(TimeSpan olderThan, CancellationToken cancellationToken);
}
