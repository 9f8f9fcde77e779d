namespace FaqBot.BotFramework.DirectLine.State;

/// <summary>
/// Each conversation's activity history: append-only, capped in count and bytes (oldest dropped), the
/// watermark a number derived from the log itself. Ids are <c>{conversationId}|{n:D7}</c>; timestamps
/// rise by at least 1 ms from one activity to the next (Web Chat orders by timestamp at millisecond precision).
/// </summary>
public interface IDirectLineActivityLog
{
    /// <summary>Stamps and appends <paramref name="entry"/>, and wakes readers on every instance; null when the conversation is gone.</summary>
    ValueTask<DirectLineAppendResult?> AppendAsync(string conversationId, DirectLineEntry entry, CancellationToken cancellationToken);

    /// <summary>The visible activities after <paramref name="watermark"/>, oldest first.</summary>
    ValueTask<DirectLineActivityPage> ReadAsync(string conversationId, long watermark, CancellationToken cancellationToken);

    /// <summary>
    /// Completes when something may have been appended after <paramref name="watermark"/> (on any
    /// instance). It may also complete early; readers then read again and find nothing new.
    /// </summary>
    Task WaitForAppendAsync(string conversationId, long watermark, CancellationToken cancellationToken);
}
